import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/console/PageHeader";
import { StatCard } from "@/components/console/StatCard";
import { Card } from "@/components/ui/Card";
import { linkClasses } from "@/components/ui/link";
import { countOverview } from "@/lib/status";
import { ConsolePage } from "./console-page";

export const metadata: Metadata = { title: "Overview · Twofold console" };

export default async function OverviewPage() {
  return (
    <ConsolePage section="overview">
      <Overview />
    </ConsolePage>
  );
}

async function Overview() {
  const counts = await countOverview();
  const share = counts.users ? Math.round((counts.usersWithMfa / counts.users) * 100) : 0;
  return (
    <>
      <PageHeader title="Overview" description="How people sign in to your apps, at a glance." />
      <div className="grid gap-4 sm:grid-cols-3">
        <StatCard
          label="Users"
          value={counts.users}
          hint={counts.admins === 1 ? "1 administrator" : `${counts.admins} administrators`}
        />
        <StatCard
          label="Users with MFA"
          value={counts.usersWithMfa}
          hint={`${share}% of all users`}
        />
        <StatCard label="Sign-ins, last 24 h" value={counts.signIns24h} hint="Completed sign-ins" />
      </div>
      <Card className="mt-6">
        <h2 className="text-base font-semibold text-slate-900">Next steps</h2>
        <ul className="mt-3 space-y-2 text-sm text-slate-600">
          <li>
            Turn on{" "}
            <Link href="/console/sign-in-experience/mfa" className={linkClasses}>
              multi-factor authentication
            </Link>{" "}
            and watch the sign-in pages change in the live preview before you save.
          </li>
          <li>
            Decide whether people may create their own accounts in{" "}
            <Link href="/console/sign-in-experience" className={linkClasses}>
              Sign-in experience
            </Link>
            .
          </li>
          <li>
            See who has an account in{" "}
            <Link href="/console/users" className={linkClasses}>
              Users
            </Link>
            , and every sign-in in the{" "}
            <Link href="/console/audit-log" className={linkClasses}>
              Audit log
            </Link>
            .
          </li>
        </ul>
      </Card>
    </>
  );
}
