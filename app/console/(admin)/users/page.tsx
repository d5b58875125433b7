import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/console/PageHeader";
import { Pagination } from "@/components/console/Pagination";
import { Icon } from "@/components/console/users/icons";
import { MfaBadges } from "@/components/console/users/MfaBadges";
import { Time } from "@/components/console/users/Time";
import { Alert } from "@/components/ui/Alert";
import { Badge } from "@/components/ui/Badge";
import { Button, buttonClasses } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { Table, TBody, Td, THead, Th, Tr } from "@/components/ui/Table";
import { listUsers } from "@/lib/users/list-users";
import { mfaStatusOf } from "@/lib/users/mfa-status";
import { ConsolePage } from "../console-page";
import { pageNumber, param, type Search } from "../search-params";

export const metadata: Metadata = { title: "Users · Twofold console" };

const PAGE_SIZE = 20;

const NOTICES: Record<string, string> = {
  deleted: "User deleted. Their sessions and factors are gone; their audit events remain.",
  missing: "That user no longer exists.",
};

export default async function UsersPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  return (
    <ConsolePage section="users">
      <UsersList
        search={param(params, "search")}
        page={pageNumber(params)}
        notice={NOTICES[param(params, "notice")]}
      />
    </ConsolePage>
  );
}

async function UsersList({
  search,
  page,
  notice,
}: {
  search: string;
  page: number;
  notice?: string;
}) {
  const { total, users } = await listUsers({ search, page, pageSize: PAGE_SIZE });
  const mfa = await mfaStatusOf(users.map((u) => u.id));
  return (
    <>
      <PageHeader
        title="Users"
        description={`${total} ${total === 1 ? "person has" : "people have"} an account${search ? " matching your search" : ""}.`}
        actions={
          <Link href="/console/users/new" className={buttonClasses("primary")}>
            <Icon name="plus" className="-ml-1 size-5" />
            Create user
          </Link>
        }
      />
      {notice ? (
        <Alert tone="success" className="mb-4">
          {notice}
        </Alert>
      ) : null}
      <search className="mb-4">
        <form className="flex gap-2" action="/console/users">
          <label htmlFor="user-search" className="sr-only">
            Search users
          </label>
          <div className="relative w-full max-w-sm">
            <Icon
              name="search"
              className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-400"
            />
            <input
              id="user-search"
              name="search"
              type="search"
              defaultValue={search}
              placeholder="Username, email or name"
              className="h-10 w-full rounded-lg border border-slate-300 bg-white pr-3 pl-9 text-sm shadow-xs outline-none placeholder:text-slate-400 hover:border-slate-400 focus-visible:border-brand-500 focus-visible:ring-2 focus-visible:ring-brand-500/40"
            />
          </div>
          <Button type="submit" variant="secondary">
            Search
          </Button>
        </form>
      </search>
      <Card padding="none">
        {users.length === 0 ? (
          <EmptyState
            icon={<Icon name={search ? "search" : "users"} />}
            title={search ? "No users match" : "No users yet"}
            description={
              search
                ? "Try another username, email or name."
                : "People appear here once they register or an admin creates them."
            }
            action={
              search ? (
                <Link href="/console/users" className={buttonClasses("secondary")}>
                  Clear search
                </Link>
              ) : (
                <Link href="/console/users/new" className={buttonClasses("primary")}>
                  Create user
                </Link>
              )
            }
          />
        ) : (
          <Table wrapperClassName="relative">
            <THead>
              <tr>
                <Th>User</Th>
                <Th className="hidden sm:table-cell">Role</Th>
                <Th className="hidden sm:table-cell">Created</Th>
                <Th className="hidden sm:table-cell">Last sign-in</Th>
                <Th className="hidden sm:table-cell">MFA</Th>
              </tr>
            </THead>
            <TBody>
              {users.map((user) => {
                const label = user.username ?? user.primaryEmail ?? user.id;
                const secondary = [user.name, user.username ? user.primaryEmail : null]
                  .filter(Boolean)
                  .join(" · ");
                return (
                  <Tr key={user.id} className="group relative cursor-pointer">
                    <Td className="sm:max-w-72">
                      <div className="flex items-center gap-2">
                        {/* The link covers the row (after:inset-0), so the whole row opens it. */}
                        <Link
                          href={`/console/users/${user.id}`}
                          className="truncate rounded-sm font-medium text-slate-900 outline-none after:absolute after:inset-0 group-hover:text-brand-700 focus-visible:after:rounded-sm focus-visible:after:ring-2 focus-visible:after:ring-brand-500 focus-visible:after:ring-inset"
                        >
                          {label}
                        </Link>
                        {user.role === "admin" ? (
                          <Badge tone="brand" className="sm:hidden">
                            Admin
                          </Badge>
                        ) : null}
                      </div>
                      {secondary ? (
                        <div className="break-words text-slate-500 sm:truncate">{secondary}</div>
                      ) : null}
                      <div className="mt-2 sm:hidden">
                        <MfaBadges status={mfa.get(user.id)} emptyText="No MFA" />
                      </div>
                    </Td>
                    <Td className="hidden sm:table-cell">
                      {user.role === "admin" ? (
                        <Badge tone="brand">Admin</Badge>
                      ) : (
                        <Badge>User</Badge>
                      )}
                    </Td>
                    <Td className="hidden whitespace-nowrap sm:table-cell">
                      <Time date={user.createdAt} />
                    </Td>
                    <Td className="hidden whitespace-nowrap sm:table-cell">
                      {user.lastSignInAt ? (
                        <Time date={user.lastSignInAt} as="relative" />
                      ) : (
                        "Never"
                      )}
                    </Td>
                    <Td className="hidden min-w-60 sm:table-cell">
                      <MfaBadges status={mfa.get(user.id)} />
                    </Td>
                  </Tr>
                );
              })}
            </TBody>
          </Table>
        )}
      </Card>
      <Pagination
        page={page}
        pageSize={PAGE_SIZE}
        total={total}
        href={(p) => `/console/users?${new URLSearchParams({ search, page: String(p) })}`}
      />
    </>
  );
}
