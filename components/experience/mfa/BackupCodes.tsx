"use client";
// Generates a set of backup codes and shows it once: the codes, Copy, Download (a data: link,
// so it works without JavaScript) and Continue, which binds the set and continues the flow. A set
// generated before a reload comes back as `pending`, so the saved codes stay the ones that work.
import { useActionState } from "react";
import { FormError } from "../FormError";
import type { FormAction, FormState } from "../form-state";
import { SubmitButton } from "../SubmitButton";
import { BackupCodeList } from "./BackupCodeList";
import { errorText } from "./errors";
import { CodesIcon, KeyIcon, LockIcon } from "./icons";
import { PointList } from "./PointList";

const ABOUT = [
  { icon: <CodesIcon />, text: "You get 10 codes. Each one signs you in once." },
  { icon: <KeyIcon />, text: "Use one when your authenticator app or passkey is not at hand." },
  { icon: <LockIcon />, text: "Keep them somewhere safe, such as a password manager." },
];

export type CodesState = FormState & { codes?: string[]; verificationId?: string };

export type BackupCodesProps = {
  generate: (state: CodesState) => Promise<CodesState>;
  confirm: FormAction;
  account: string;
  /** Button label before the codes exist. */
  generateLabel: string;
  /** The flow's set that is generated but not bound yet. */
  pending?: { codes: string[]; verificationId: string };
};

function ConfirmForm({ action, verificationId }: { action: FormAction; verificationId: string }) {
  const [state, formAction] = useActionState(action, {} as FormState);
  return (
    <form action={formAction} className="space-y-4">
      <FormError message={errorText(state.error)} />
      <input type="hidden" name="verificationId" value={verificationId} />
      <SubmitButton>Continue</SubmitButton>
    </form>
  );
}

export function BackupCodes({
  generate,
  confirm,
  account,
  generateLabel,
  pending,
}: BackupCodesProps) {
  const [state, generateAction] = useActionState(generate, (pending ?? {}) as CodesState);
  const { codes, verificationId } = state;

  if (!codes || !verificationId) {
    return (
      <form action={generateAction} className="space-y-7">
        <PointList points={ABOUT} />
        <FormError message={errorText(state.error)} />
        <SubmitButton>{generateLabel}</SubmitButton>
      </form>
    );
  }

  return (
    <div className="space-y-6">
      <BackupCodeList codes={codes} account={account} />
      <ConfirmForm action={confirm} verificationId={verificationId} />
    </div>
  );
}
