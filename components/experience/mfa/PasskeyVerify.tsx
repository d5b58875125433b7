"use client";
// "Use your passkey": authentication options from the flow, the browser's passkey prompt, then
// verification; on success a hidden form continues the flow through its server action, whose
// refusal (if any) shows here. The "remember this device" choice rides along with that step.
// The WebAuthn library loads on the click, alongside the options request.
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { Button } from "../../ui/Button";
import { FormError } from "../FormError";
import type { FormState } from "../form-state";
import { FingerprintIcon } from "./client-icons";
import { errorText } from "./errors";
import { flowApi } from "./flow-api";
import { NeedsJavaScript } from "./NeedsJavaScript";
import { REMEMBER_FIELD, RememberDevice } from "./RememberDevice";
import { usePasskeyCeremony } from "./use-passkey-ceremony";

export type PasskeyVerifyProps = {
  /** Continues the flow (redirecting), or returns why it could not. */
  continueAction: (state: FormState, form: FormData) => Promise<FormState>;
  /** Offer "Don't ask again on this device" for this many days; null when not allowed. */
  rememberDays?: number | null;
};

export function PasskeyVerify({ continueAction, rememberDays }: PasskeyVerifyProps) {
  const { busy, error, setError, run } = usePasskeyCeremony("use");
  const [remember, setRemember] = useState(false);
  const [state, continueFlow, continuing] = useActionState(continueAction, {} as FormState);
  const shown = useRef(state);

  // A refusal from the continue step ends the wait and shows in place.
  useEffect(() => {
    if (state !== shown.current && state.error) setError(errorText(state.error));
    shown.current = state;
  }, [state, setError]);

  const verify = () =>
    run(async (prompt) => {
      const [{ startAuthentication }, started] = await Promise.all([
        import("@simplewebauthn/browser"),
        flowApi.passkeyChallenge(),
      ]);
      const payload = await prompt(() =>
        startAuthentication({ optionsJSON: started.authenticationOptions }),
      );
      await flowApi.passkeyAssertion(started.verificationId, payload);
      const form = new FormData();
      if (remember) form.set(REMEMBER_FIELD, "on");
      startTransition(() => continueFlow(form));
      return "done";
    });

  return (
    <div className="flex flex-col gap-5">
      <FormError message={error} />
      <NeedsJavaScript>
        Passkeys need JavaScript. Turn it on, or try another method below.
      </NeedsJavaScript>
      {rememberDays ? (
        <div data-needs-js>
          <RememberDevice days={rememberDays} checked={remember} onChange={setRemember} />
        </div>
      ) : null}
      <Button
        data-needs-js
        variant="primary"
        size="lg"
        fullWidth
        loading={busy || continuing}
        onClick={verify}
        autoFocus
      >
        {busy || continuing ? null : <FingerprintIcon className="size-5" />}
        Use your passkey
      </Button>
    </div>
  );
}
