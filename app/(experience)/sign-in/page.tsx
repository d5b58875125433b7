import type { Metadata } from "next";
import Link from "next/link";
import { AuthShell } from "@/components/experience/AuthShell";
import { SignInForm } from "@/components/experience/SignInForm";
import { Alert } from "@/components/ui/Alert";
import { linkClasses } from "@/components/ui/link";
import { errorMessage } from "@/lib/http/errors";
import { getSettings } from "@/lib/settings/store";
import { signInAction } from "../actions";

export const metadata: Metadata = { title: "Sign in · Twofold" };

type Search = Promise<Record<string, string | string[] | undefined>>;

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function SignInPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const { registration } = await getSettings();
  const setupDone = one(params.setup) === "done";
  const error = one(params.error);
  return (
    <AuthShell
      title="Sign in"
      subtitle="Welcome back. Enter your details to continue."
      footer={
        registration.enabled ? (
          <>
            New here?{" "}
            <Link href="/register" className={linkClasses}>
              Create an account
            </Link>
          </>
        ) : undefined
      }
    >
      {setupDone ? (
        <Alert tone="success" title="Administrator created" className="mb-5">
          Sign in with the account you just set up.
        </Alert>
      ) : null}
      {error ? (
        <Alert tone="warning" className="mb-5">
          {errorMessage(error)}
        </Alert>
      ) : null}
      <SignInForm
        action={signInAction}
        defaultIdentifier={one(params.username)}
        returnTo={one(params.returnTo)}
      />
    </AuthShell>
  );
}
