// The overview's three charts, drawn on the server from lib/overview's per-day figures.

import { SIGN_IN_METHOD_LABELS, type SignInMethod } from "@/lib/audit/sign-in-method";
import type { FailureDay } from "@/lib/overview/failures-per-day";
import type { AdoptionDay } from "@/lib/overview/mfa-adoption";
import type { SignInDay } from "@/lib/overview/sign-ins-per-day";
import { BarChart } from "./BarChart";
import { LineChart } from "./LineChart";
import { CHART_COLORS } from "./palette";

const METHOD_LABELS = SIGN_IN_METHOD_LABELS;

const METHOD_COLORS: Record<SignInMethod, string> = {
  password: CHART_COLORS.slate,
  totp: CHART_COLORS.indigo,
  passkey: CHART_COLORS.teal,
  backup_code: CHART_COLORS.amber,
  remembered_device: CHART_COLORS.pink,
};

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

export function SignInsChart({ days }: { days: SignInDay[] }) {
  const total = days.reduce((sum, d) => sum + d.total, 0);
  const methods = Object.keys(METHOD_LABELS) as SignInMethod[];
  const top = methods
    .map((m) => ({ m, n: days.reduce((sum, d) => sum + d[m], 0) }))
    .sort((a, b) => b.n - a.n)[0] ?? { m: "password" as const, n: 0 };
  return (
    <BarChart
      id="sign-ins"
      title="Sign-ins"
      headline={plural(total, "sign-in", "sign-ins")}
      description="Completed sign-ins per day over the last 30 days, by how the person proved it was them."
      summary={
        total
          ? `Bar chart: ${plural(total, "sign-in", "sign-ins")} in the last 30 days, most with ${METHOD_LABELS[top.m].toLowerCase()} (${top.n}).`
          : "Bar chart: no sign-ins in the last 30 days."
      }
      yAxisLabel="Sign-ins per day"
      days={days.map((d) => d.day)}
      layout="stacked"
      totalLabel="Total"
      empty={total ? undefined : "No sign-ins in the last 30 days"}
      series={methods.map((m) => ({
        key: m,
        label: METHOD_LABELS[m],
        color: METHOD_COLORS[m],
        values: days.map((d) => d[m]),
      }))}
    />
  );
}

export function AdoptionChart({ days }: { days: AdoptionDay[] }) {
  const today = days.at(-1);
  const measured = days.some((d) => d.share !== null);
  return (
    <LineChart
      id="mfa-adoption"
      title="MFA adoption"
      headline={
        today?.share != null
          ? `${Math.round(today.share * 100)}% of ${plural(today.active, "active user", "active users")}`
          : "No active users"
      }
      description="Share of active users (signed in within the previous 30 days) who have an authenticator app or passkey."
      summary={
        today?.share != null
          ? `Line chart: today ${Math.round(today.share * 100)}% of active users have an authenticator.`
          : "Line chart: no active users in the last 30 days."
      }
      yAxisLabel="Active users with an authenticator"
      days={days.map((d) => d.day)}
      label="With an authenticator"
      color={CHART_COLORS.indigo}
      values={days.map((d) => d.share)}
      empty={measured ? undefined : "No one has signed in in the last 30 days"}
      details={{
        columns: ["Enrolled", "Active"],
        cells: (i) => [days[i]?.enrolled ?? 0, days[i]?.active ?? 0],
      }}
    />
  );
}

export function FailuresChart({ days }: { days: FailureDay[] }) {
  const failures = days.reduce((sum, d) => sum + d.failures, 0);
  const lockouts = days.reduce((sum, d) => sum + d.lockouts, 0);
  return (
    <BarChart
      id="failures"
      title="Failures and lockouts"
      headline={`${plural(failures, "failure", "failures")} · ${plural(lockouts, "lockout", "lockouts")}`}
      description="Wrong passwords and second factors per day, and accounts locked by too many of them."
      summary={`Bar chart: ${plural(failures, "failed attempt", "failed attempts")} and ${plural(lockouts, "lockout", "lockouts")} in the last 30 days.`}
      yAxisLabel="Per day"
      days={days.map((d) => d.day)}
      layout="grouped"
      empty={failures || lockouts ? undefined : "No failed attempts in the last 30 days"}
      series={[
        {
          key: "failures",
          label: "Failed attempts",
          color: CHART_COLORS.amber,
          values: days.map((d) => d.failures),
        },
        {
          key: "lockouts",
          label: "Lockouts",
          color: CHART_COLORS.violet,
          values: days.map((d) => d.lockouts),
        },
      ]}
    />
  );
}
