"use client";
// Generates a set of backup codes and shows it once: the codes, Copy, Download (a data: link,
// so it works without JavaScript) and Continue, which binds the set and continues the flow.
import { useActionState, useEffect, useRef } from "react";
import { buttonClasses } from "../../ui/Button";
import { FormError } from "../FormError";
import type { FormAction, FormState } from "../form-state";
import { SubmitButton } from "../SubmitButton";
import { CopyButton } from "./CopyButton";
import { errorText } from "./errors";
import { CodesIcon, DownloadIcon, KeyIcon, LockIcon } from "./icons";
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
};

function codesFile(codes: string[], account: string): string {
  const lines = [
    `Twofold backup codes${account ? ` for ${account}` : ""}`,
    "Each code works once. Keep them somewhere safe.",
    "",
    ...codes,
    "",
  ];
  return `data:text/plain;charset=utf-8,${encodeURIComponent(lines.join("\n"))}`;
}

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

export function BackupCodes({ generate, confirm, account, generateLabel }: BackupCodesProps) {
  const [state, generateAction] = useActionState(generate, {} as CodesState);
  const { codes, verificationId } = state;
  const shown = useRef<HTMLDivElement>(null);

  // The Generate button is gone once the codes appear: move focus to them, not to the page top.
  useEffect(() => {
    if (codes) shown.current?.focus();
  }, [codes]);

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
      <div
        ref={shown}
        tabIndex={-1}
        className="rounded-xl border border-slate-200 bg-slate-50 p-4 outline-none sm:p-5"
      >
        <ul
          aria-label="Your backup codes"
          className="grid grid-cols-2 gap-x-4 gap-y-2.5 font-mono text-[0.9375rem] font-medium text-slate-900 tabular-nums"
        >
          {codes.map((code) => (
            <li key={code} className="text-center">
              {code}
            </li>
          ))}
        </ul>
      </div>
      <div className="flex gap-3 *:flex-1">
        <CopyButton text={codes.join("\n")} size="md">
          Copy
        </CopyButton>
        <a
          href={codesFile(codes, account)}
          download="backup-codes.txt"
          className={buttonClasses("secondary", "md", true)}
        >
          <DownloadIcon className="size-4" />
          Download
        </a>
      </div>
      <p role="status" className="text-sm leading-relaxed text-slate-600">
        <span className="font-medium text-slate-800">Each code works once.</span> Save them now —
        you won't be able to see them again.
      </p>
      <ConfirmForm action={confirm} verificationId={verificationId} />
    </div>
  );
}
