"use client";
// "Create a passkey": registration options from the flow, the browser's passkey prompt, then
// verification. The verified passkey is named on the next screen (/mfa/passkey-setup?v=…).
import {
  type PublicKeyCredentialCreationOptionsJSON,
  startRegistration,
} from "@simplewebauthn/browser";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "../../ui/Button";
import { FormError } from "../FormError";
import { FlowApiError, pageForError, postFlow } from "./flow-api";
import { FingerprintIcon } from "./icons";
import { NeedsJavaScript } from "./NeedsJavaScript";
import { ceremonyErrorText } from "./webauthn-errors";

const API = "/api/experience/verification/web-authn/registration";

type Started = {
  verificationId: string;
  registrationOptions: PublicKeyCredentialCreationOptionsJSON;
};

export function CreatePasskey() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function create() {
    setBusy(true);
    setError(undefined);
    try {
      const started = await postFlow<Started>(API);
      let payload: unknown;
      try {
        payload = await startRegistration({ optionsJSON: started.registrationOptions });
      } catch (cause) {
        setError(ceremonyErrorText(cause, "create"));
        setBusy(false);
        return;
      }
      const { verificationId } = await postFlow<{ verificationId: string }>(`${API}/verify`, {
        verificationId: started.verificationId,
        payload,
      });
      // Stays busy until the naming screen replaces this one.
      router.push(`/mfa/passkey-setup?v=${encodeURIComponent(verificationId)}`);
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
        Creating a passkey needs JavaScript. Turn it on, or use another method.
      </NeedsJavaScript>
      <Button data-needs-js variant="primary" size="lg" fullWidth loading={busy} onClick={create}>
        {busy ? null : <FingerprintIcon className="size-5" />}
        Create a passkey
      </Button>
    </div>
  );
}
