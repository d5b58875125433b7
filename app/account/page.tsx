import type { Metadata } from "next";
import Link from "next/link";
import { AuthShell } from "@/components/experience/AuthShell";
import { SignOutButton } from "@/components/experience/SignOutButton";
import { Alert } from "@/components/ui/Alert";
import { buttonClasses } from "@/components/ui/Button";
import { requireUser } from "@/lib/auth/current-user";
import { signOutAction } from "../actions/sign-out";

export const metadata: Metadata = { title: "Your account · Twofold" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function AccountPage({ searchParams }: { searchParams: Search }) {
  const user = await requireUser();
  const { notice } = await searchParams;
  return (
    <AuthShell title="You're signed in" subtitle={`Signed in as ${user.username ?? user.email}.`}>
      {notice === "admin_only" ? (
        <Alert tone="warning" title="Administrators only" className="mb-5">
          The console is only available to administrators.
        </Alert>
      ) : null}
      <dl className="mb-6 divide-y divide-slate-100 rounded-xl border border-slate-200 text-sm">
        <div className="flex justify-between gap-4 px-4 py-3">
          <dt className="text-slate-500">Username</dt>
          <dd className="font-medium text-slate-900">{user.username ?? "—"}</dd>
        </div>
        <div className="flex justify-between gap-4 px-4 py-3">
          <dt className="text-slate-500">Email</dt>
          <dd className="truncate font-medium text-slate-900">{user.email ?? "—"}</dd>
        </div>
      </dl>
      <div className="flex flex-col gap-3 sm:flex-row sm:justify-between">
        {user.role === "admin" ? (
          <Link href="/console" className={buttonClasses("primary", "md")}>
            Open the console
          </Link>
        ) : null}
        <SignOutButton action={signOutAction} size="md" />
      </div>
    </AuthShell>
  );
}
