// The sign-in screen: identifier and password, with the notices a redirect back here carries,
// and "Sign in with a passkey" when passkey sign-in is on. The passkey button comes in as an
// element (PasskeySignIn, from the page), so a preview with passkey sign-in off ships none of
// the WebAuthn code.
import type { ReactNode } from "react";
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
  /**
   * Passkey sign-in is on: its button (a PasskeySignIn naming the `identifier` field), and
   * passkeys in the username field's autofill.
   */
  passkey?: ReactNode;
};

export function SignInScreen({
  action,
  registration,
  setupDone = false,
  error,
  defaultIdentifier,
  returnTo,
  passkey,
}: SignInScreenProps) {
  return (
    <AuthShell
      title="Sign in"
      subtitle="Welcome back. Enter your details to continue."
      footer={
        registration ? (
          <>
            New here?{" "}
            <a href="/register" className={linkClasses}>
              Create an account
            </a>
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
      <SignInForm
        action={action}
        defaultIdentifier={defaultIdentifier}
        returnTo={returnTo}
        passkeyAutofill={Boolean(passkey)}
      />
      {passkey ? (
        <>
          <div className="my-5 flex items-center gap-3 text-xs text-slate-500" aria-hidden="true">
            <span className="h-px flex-1 bg-slate-200" />
            or
            <span className="h-px flex-1 bg-slate-200" />
          </div>
          {passkey}
        </>
      ) : null}
    </AuthShell>
  );
}
