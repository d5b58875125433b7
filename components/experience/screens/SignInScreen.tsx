// The sign-in screen: identifier and password, with the notices a redirect back here carries.
import Link from "next/link";
import { Alert } from "../../ui/Alert";
import { linkClasses } from "../../ui/link";
import { AuthShell } from "../AuthShell";
import type { FormAction } from "../form-state";
import { SignInForm } from "../SignInForm";

export type SignInScreenProps = {
  action: FormAction;
  /** Whether self-registration is on: "New here? Create an account". */
  registration: boolean;
  /** Just back from creating the first administrator. */
  setupDone?: boolean;
  /** A message to show above the form (already worded for people). */
  error?: string;
  defaultIdentifier?: string;
  returnTo?: string;
};

export function SignInScreen({
  action,
  registration,
  setupDone = false,
  error,
  defaultIdentifier,
  returnTo,
}: SignInScreenProps) {
  return (
    <AuthShell
      title="Sign in"
      subtitle="Welcome back. Enter your details to continue."
      footer={
        registration ? (
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
          {error}
        </Alert>
      ) : null}
      <SignInForm action={action} defaultIdentifier={defaultIdentifier} returnTo={returnTo} />
    </AuthShell>
  );
}
