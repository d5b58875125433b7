import type { Metadata } from "next";
import Link from "next/link";
import {
  AdoptionChart,
  FailuresChart,
  SignInsChart,
} from "@/components/console/charts/OverviewCharts";
import { NextSteps } from "@/components/console/NextSteps";
import { PageHeader } from "@/components/console/PageHeader";
import { StatCard } from "@/components/console/StatCard";
import { linkClasses } from "@/components/ui/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { loadOverview } from "@/lib/overview/load-overview";
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
  // ConsolePage has already required an admin; this reads the same session again.
  const admin = await getCurrentUser();
  const [counts, overview] = await Promise.all([
    countOverview(),
    admin ? loadOverview(admin.id) : null,
  ]);
  if (!overview) return null;
  const share = counts.users ? Math.round((counts.usersWithMfa / counts.users) * 100) : 0;
  return (
    <>
      <PageHeader
        title="Overview"
        description={
          <>
            How people sign in to your apps over the last 30 days (UTC). Every event is in the{" "}
            <Link href="/console/audit-log" className={linkClasses}>
              audit log
            </Link>
            .
          </>
        }
      />
      <NextSteps steps={overview.steps} />
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
      <div className="mt-6 grid gap-6 xl:grid-cols-2">
        <div className="xl:col-span-2">
          <SignInsChart days={overview.signIns} />
        </div>
        <AdoptionChart days={overview.adoption} />
        <FailuresChart days={overview.failures} />
      </div>
    </>
  );
}
