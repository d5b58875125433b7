// Passkey setup: "Create a passkey" (the browser's prompt), then naming the new passkey.
import { Alert } from "../../ui/Alert";
import { AuthShell } from "../AuthShell";
import { FormError } from "../FormError";
import type { FormAction } from "../form-state";
import { CreatePasskey } from "../mfa/CreatePasskey";
import { LockIcon, ShieldIcon } from "../mfa/icons";
import { PasskeyNameForm } from "../mfa/PasskeyNameForm";
import { PointList } from "../mfa/PointList";
import { anotherMethodFooter } from "./copy";

const POINTS = [
  {
    icon: <ShieldIcon />,
    text: "Your browser will ask you to confirm with this device or a security key.",
  },
  { icon: <LockIcon />, text: "Your fingerprint or face never leaves your device." },
];

/** `error`: why the page came back (a passkey another account registered first). */
export function PasskeySetupScreen({ error }: { error?: string } = {}) {
  return (
    <AuthShell
      title="Create a passkey"
      subtitle="Use your fingerprint, face, screen lock or a security key as your second step."
      footer={anotherMethodFooter}
    >
      {error ? <FormError message={error} className="mb-5" /> : null}
      <PointList points={POINTS} className="mb-7" />
      <CreatePasskey />
    </AuthShell>
  );
}

export type PasskeyNameScreenProps = {
  verificationId: string;
  defaultName: string;
  nameAction: FormAction;
};

export function PasskeyNameScreen({
  verificationId,
  defaultName,
  nameAction,
}: PasskeyNameScreenProps) {
  return (
    <AuthShell
      title="Name your passkey"
      subtitle="A name helps you tell your passkeys apart later."
    >
      <Alert tone="success" title="Passkey created" className="mb-5">
        From now on, you can use it to confirm it's you when you sign in.
      </Alert>
      <PasskeyNameForm
        action={nameAction}
        verificationId={verificationId}
        defaultName={defaultName}
      />
    </AuthShell>
  );
}
