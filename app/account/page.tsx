import type { Metadata } from "next";
import Link from "next/link";
import { AccountPageTitle } from "@/components/account/AccountShell";
import { Alert } from "@/components/ui/Alert";
import { buttonClasses } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { securitySummary, securitySummaryText } from "@/lib/account/security-summary";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Your account" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function AccountPage({ searchParams }: { searchParams: Search }) {
  const user = await requireUser();
  const { notice } = await searchParams;
  const security = securitySummaryText(await securitySummary(user.id));
  return (
    <>
      <AccountPageTitle
        title="Your account"
        subtitle={`You're signed in as ${user.username ?? user.primaryEmail}.`}
      />
      {notice === "admin_only" ? (
        <Alert tone="warning" title="Administrators only" className="mb-5">
          The console is only available to administrators.
        </Alert>
      ) : null}
      <div className="space-y-5">
        <Card padding="none">
          <dl className="divide-y divide-slate-100 text-sm">
            <div className="flex justify-between gap-4 px-5 py-4 sm:px-6">
              <dt className="text-slate-500">Username</dt>
              <dd className="truncate font-medium text-slate-900">{user.username ?? "—"}</dd>
            </div>
            <div className="flex justify-between gap-4 px-5 py-4 sm:px-6">
              <dt className="text-slate-500">Email</dt>
              <dd className="truncate font-medium text-slate-900">{user.primaryEmail ?? "—"}</dd>
            </div>
          </dl>
        </Card>
        <Card>
          <div className="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
            <div className="space-y-1">
              <h2 className="text-base font-semibold text-slate-900">Security</h2>
              <p className="text-sm text-slate-600">{security}</p>
            </div>
            <Link href="/account/security" className={buttonClasses("secondary", "md")}>
              Manage security
            </Link>
          </div>
        </Card>
      </div>
    </>
  );
}
