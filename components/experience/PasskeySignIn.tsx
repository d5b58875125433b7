"use client";
// "Sign in with a passkey", and the same passkeys offered in the username field's autofill
// (conditional mediation), started on load where the browser supports it. Clicking the button
// starts a modal request, which cancels the autofill one (SimpleWebAuthn keeps one ceremony at a
// time); that cancellation is expected and says nothing. A verified passkey identifies the flow,
// and a server action then finishes it as every other sign-in step does. With a username typed,
// the button asks for that account's passkeys, so security keys that are not discoverable work too.
import {
  browserSupportsWebAuthnAutofill,
  startAuthentication,
  WebAuthnAbortService,
  WebAuthnError,
} from "@simplewebauthn/browser";
import { startTransition, useActionState, useEffect, useRef } from "react";
import { Button } from "../ui/Button";
import { FormError } from "./FormError";
import type { FormState } from "./form-state";
import { FingerprintIcon } from "./mfa/client-icons";
import { errorText } from "./mfa/errors";
import { NeedsJavaScript } from "./mfa/NeedsJavaScript";
import { usePasskeyCeremony } from "./mfa/use-passkey-ceremony";
import { passkeySignInApi } from "./passkey-sign-in-api";

export type PasskeySignInProps = {
  /** Finishes the identified flow (redirecting), or returns why not; absent in the preview. */
  continueAction?: (state: FormState) => Promise<FormState>;
  returnTo?: string;
  /** The name of the username field whose value makes the button identifier-first. */
  identifierField?: string;
};

const cancelled = (error: unknown) =>
  (error instanceof WebAuthnError && error.code === "ERROR_CEREMONY_ABORTED") ||
  (error instanceof Error && error.name === "AbortError");

const noContinue = async (state: FormState) => state;

export function PasskeySignIn({ continueAction, returnTo, identifierField }: PasskeySignInProps) {
  // The page's refusals stay in place: a lockout or a dead flow are worded, not redirected to.
  const { busy, error, setError, run } = usePasskeyCeremony("use", { onApiError: () => false });
  const [state, continueFlow, continuing] = useActionState(
    continueAction ?? noContinue,
    {} as FormState,
  );
  const shown = useRef(state);

  useEffect(() => {
    if (state !== shown.current && state.error) setError(errorText(state.error));
    shown.current = state;
  }, [state, setError]);

  const finish = (verificationId: string, payload: unknown) =>
    run(async () => {
      await passkeySignInApi.finish(verificationId, payload);
      startTransition(() => continueFlow());
      return "done";
    });

  // Autofill: a conditional request waits quietly until the user picks a passkey in the field.
  // biome-ignore lint/correctness/useExhaustiveDependencies: started once per page load
  useEffect(() => {
    if (!continueAction) return;
    let live = true;
    (async () => {
      if (!(await browserSupportsWebAuthnAutofill())) return;
      const started = await passkeySignInApi.begin(returnTo);
      if (!live) return;
      const payload = await startAuthentication({
        optionsJSON: started.authenticationOptions,
        useBrowserAutofill: true,
      });
      if (live) await finish(started.verificationId, payload);
    })().catch((cause: unknown) => {
      // Cancelled by the button, by leaving the page, or an API refusal before any prompt: the
      // button still works, so only a refusal after the user picked a passkey is worth words.
      if (!cancelled(cause) && live) console.warn("Passkey autofill unavailable", cause);
    });
    return () => {
      live = false;
      WebAuthnAbortService.cancelCeremony();
    };
  }, []);

  const signIn = () =>
    run(async (prompt) => {
      if (!continueAction) return "done";
      const field = identifierField ? document.getElementsByName(identifierField)[0] : null;
      const typed = field instanceof HTMLInputElement ? field.value : undefined;
      const started = await passkeySignInApi.begin(returnTo, typed);
      const payload = await prompt(() =>
        startAuthentication({ optionsJSON: started.authenticationOptions }),
      );
      await passkeySignInApi.finish(started.verificationId, payload);
      startTransition(() => continueFlow());
      return "done";
    });

  return (
    <div className="flex flex-col gap-3">
      <FormError message={error} />
      <NeedsJavaScript>
        Passkeys need JavaScript. Turn it on, or sign in with your password.
      </NeedsJavaScript>
      <Button
        data-needs-js
        type="button"
        variant="secondary"
        size="lg"
        fullWidth
        loading={busy || continuing}
        onClick={signIn}
      >
        {busy || continuing ? null : <FingerprintIcon className="size-5" />}
        Sign in with a passkey
      </Button>
    </div>
  );
}
