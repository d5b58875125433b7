import type { Metadata } from "next";
import { PageHeader } from "@/components/console/PageHeader";
import { Pagination } from "@/components/console/Pagination";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";
import { listUsers } from "@/lib/users/list-users";
import { ConsolePage } from "../console-page";
import { pageNumber, param, type Search } from "../search-params";

export const metadata: Metadata = { title: "Users · Twofold console" };

const PAGE_SIZE = 20;
const dateFormat = new Intl.DateTimeFormat("en", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

export default async function UsersPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  return (
    <ConsolePage section="users">
      <UsersList search={param(params, "search")} page={pageNumber(params)} />
    </ConsolePage>
  );
}

async function UsersList({ search, page }: { search: string; page: number }) {
  const { total, users } = await listUsers({ search, page, pageSize: PAGE_SIZE });
  return (
    <>
      <PageHeader
        title="Users"
        description={`${total} ${total === 1 ? "person has" : "people have"} an account${search ? " matching your search" : ""}.`}
      />
      <search className="mb-4">
        <form className="flex gap-2" action="/console/users">
          <label htmlFor="user-search" className="sr-only">
            Search users
          </label>
          <input
            id="user-search"
            name="search"
            type="search"
            defaultValue={search}
            placeholder="Search by username, email or name"
            className="h-10 w-full max-w-sm rounded-lg border border-slate-300 bg-white px-3 text-sm outline-none focus-visible:border-brand-500 focus-visible:ring-2 focus-visible:ring-brand-500/40"
          />
          <Button type="submit" variant="secondary">
            Search
          </Button>
        </form>
      </search>
      <Card padding="none">
        {users.length === 0 ? (
          <EmptyState
            title={search ? "No users match" : "No users yet"}
            description={
              search
                ? "Try another username, email or name."
                : "People appear here once they register or an admin creates them."
            }
          />
        ) : (
          <Table>
            <THead>
              <tr>
                <Th>User</Th>
                <Th>Role</Th>
                <Th>Created</Th>
                <Th>Last sign-in</Th>
              </tr>
            </THead>
            <TBody>
              {users.map((user) => (
                <Tr key={user.id}>
                  <Td>
                    <div className="font-medium text-slate-900">
                      {user.username ?? user.primaryEmail}
                    </div>
                    {user.username && user.primaryEmail ? (
                      <div className="text-slate-500">{user.primaryEmail}</div>
                    ) : null}
                  </Td>
                  <Td>
                    {user.role === "admin" ? (
                      <Badge tone="brand">Admin</Badge>
                    ) : (
                      <Badge>User</Badge>
                    )}
                  </Td>
                  <Td className="whitespace-nowrap">{dateFormat.format(user.createdAt)}</Td>
                  <Td className="whitespace-nowrap">
                    {user.lastSignInAt ? dateFormat.format(user.lastSignInAt) : "Never"}
                  </Td>
                </Tr>
              ))}
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
