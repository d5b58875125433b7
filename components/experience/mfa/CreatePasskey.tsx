"use client";
// "Create a passkey": registration options from the flow, the browser's passkey prompt, then
// verification. The verified passkey is named on the next screen (/mfa/passkey-setup?v=…).
// The WebAuthn library loads on the click, alongside the options request.
import { useRouter } from "next/navigation";
import { Button } from "../../ui/Button";
import { FormError } from "../FormError";
import { FingerprintIcon } from "./client-icons";
import { flowApi } from "./flow-api";
import { NeedsJavaScript } from "./NeedsJavaScript";
import { usePasskeyCeremony } from "./use-passkey-ceremony";

export function CreatePasskey() {
  const router = useRouter();
  const { busy, error, run } = usePasskeyCeremony("create");

  const create = () =>
    run(async (prompt) => {
      const [{ startRegistration }, started] = await Promise.all([
        import("@simplewebauthn/browser"),
        flowApi.passkeyRegistration(),
      ]);
      const payload = await prompt(() =>
        startRegistration({ optionsJSON: started.registrationOptions }),
      );
      const { verificationId } = await flowApi.passkeyAttestation(started.verificationId, payload);
      router.push(`/mfa/passkey-setup?v=${encodeURIComponent(verificationId)}`);
      return "navigating";
    });

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
