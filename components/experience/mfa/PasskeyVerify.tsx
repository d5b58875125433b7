"use client";
// "Use your passkey": authentication options from the flow, the browser's passkey prompt, then
// verification; on success a hidden form continues the flow through its server action.
import {
  type PublicKeyCredentialRequestOptionsJSON,
  startAuthentication,
} from "@simplewebauthn/browser";
import { useRef, useState } from "react";
import { Button } from "../../ui/Button";
import { FormError } from "../FormError";
import { FlowApiError, pageForError, postFlow } from "./flow-api";
import { FingerprintIcon } from "./icons";
import { NeedsJavaScript } from "./NeedsJavaScript";
import { ceremonyErrorText } from "./webauthn-errors";

const API = "/api/experience/verification/web-authn/authentication";

type Started = {
  verificationId: string;
  authenticationOptions: PublicKeyCredentialRequestOptionsJSON;
};

export function PasskeyVerify({ continueAction }: { continueAction: () => Promise<void> }) {
  const next = useRef<HTMLFormElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function verify() {
    setBusy(true);
    setError(undefined);
    try {
      const started = await postFlow<Started>(API);
      let payload: unknown;
      try {
        payload = await startAuthentication({ optionsJSON: started.authenticationOptions });
      } catch (cause) {
        setError(ceremonyErrorText(cause, "use"));
        setBusy(false);
        return;
      }
      await postFlow(`${API}/verify`, { verificationId: started.verificationId, payload });
      // The action redirects (signed in, or the next step's page); stay busy until then.
      next.current?.requestSubmit();
    } catch (cause) {
      const info =
        cause instanceof FlowApiError
          ? cause.info
          : { code: "unknown", message: "Something went wrong. Try again." };
      const page = pageForError(info);
      if (page) {
        window.location.assign(page);
        return;
      }
      setError(info.message);
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-col gap-5">
      <FormError message={error} />
      <NeedsJavaScript>
        Passkeys need JavaScript. Turn it on, or try another method below.
      </NeedsJavaScript>
      <Button
        data-needs-js
        variant="primary"
        size="lg"
        fullWidth
        loading={busy}
        onClick={verify}
        autoFocus
      >
        {busy ? null : <FingerprintIcon className="size-5" />}
        Use your passkey
      </Button>
      <form ref={next} action={continueAction} hidden />
    </div>
  );
}
