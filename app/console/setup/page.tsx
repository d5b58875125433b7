import type { Metadata } from "next";
import Link from "next/link";
import { AuthShell } from "@/components/experience/AuthShell";
import { SetupForm } from "@/components/experience/SetupForm";
import { Alert } from "@/components/ui/Alert";
import { linkClasses } from "@/components/ui/link";
import { hasAdmin, isSetupTokenValid } from "@/lib/setup/setup-link";
import { setupAction } from "./actions";

export const metadata: Metadata = { title: "Set up Twofold" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function SetupPage({ searchParams }: { searchParams: Search }) {
  const { token } = await searchParams;
  const value = typeof token === "string" ? token : undefined;
  if (await hasAdmin()) {
    return (
      <AuthShell title="Twofold is set up">
        <Alert tone="info" className="mb-5">
          An administrator already exists, so this setup link no longer works.
        </Alert>
        <Link href="/sign-in?returnTo=%2Fconsole" className={linkClasses}>
          Sign in to the console
        </Link>
      </AuthShell>
    );
  }
  if (!value || !(await isSetupTokenValid(value))) {
    return (
      <AuthShell title="Setup link not valid">
        <Alert tone="error">
          This setup link is invalid, expired or was already used. Restart Twofold (or run{" "}
          <code className="font-mono">npm run cli -- setup-link</code>) to print a new one.
        </Alert>
      </AuthShell>
    );
  }
  return (
    <AuthShell
      title="Create the first administrator"
      subtitle="This account manages sign-in settings and users. The link works once."
    >
      <SetupForm action={setupAction} token={value} />
    </AuthShell>
  );
}
