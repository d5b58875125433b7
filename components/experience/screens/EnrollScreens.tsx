// The enrollment screens of /mfa/enroll: the one-time prompt, the list of methods to add, and
// "You're all set" when nothing is left to add.
import type { FactorType } from "@/lib/mfa/factor-types";
import { FACTORS } from "@/lib/mfa/factors";
import { Alert } from "../../ui/Alert";
import { linkClasses } from "../../ui/link";
import { AuthShell } from "../AuthShell";
import { EnrollPrompt } from "../mfa/EnrollPrompt";
import { FormButton } from "../mfa/FormButton";
import { FactorIcon } from "../mfa/icons";
import { OptionLink, OptionSubmit } from "../mfa/OptionRow";
import { AccountPhrase, twoStep } from "./copy";

type VoidAction = () => Promise<void>;

export type EnrollPromptScreenProps = {
  account: string | null;
  /** "Skip for now"; absent when 2-step verification is required. */
  skipAction?: VoidAction;
};

export function EnrollPromptScreen({ account, skipAction }: EnrollPromptScreenProps) {
  return (
    <AuthShell
      title={<>Turn on {twoStep} verification</>}
      subtitle={
        <>
          Add a second step when you sign in
          <AccountPhrase word="as" account={account} />. It takes about a minute.
        </>
      }
    >
      <EnrollPrompt skipAction={skipAction} />
    </AuthShell>
  );
}

export type FactorListScreenProps = {
  /** The methods the user can add, in page order. */
  enrollable: FactorType[];
  /** The account must add one: says so, and offers only "Back to sign in" instead of skipping. */
  required: boolean;
  /** Starts authenticator-app setup (a new secret), then shows /mfa/totp-setup. */
  startTotpAction: VoidAction;
  /** "Skip for now" under the list; absent when skipping is not offered here. */
  skipAction?: VoidAction;
};

export function FactorListScreen({
  enrollable,
  required,
  startTotpAction,
  skipAction,
}: FactorListScreenProps) {
  return (
    <AuthShell
      title={<>Add {twoStep} verification</>}
      subtitle="Choose how you want to confirm it's you when you sign in."
      footer={
        required ? (
          <a href="/sign-in" className={linkClasses}>
            Back to sign in
          </a>
        ) : undefined
      }
    >
      {required ? (
        <Alert tone="info" title="Required for your account" className="mb-5">
          Your account needs 2-step verification. Set up one method to continue.
        </Alert>
      ) : null}
      <ul className="space-y-3">
        {enrollable.map((type) => (
          <li key={type}>
            {type === "Totp" ? (
              <form action={startTotpAction}>
                <OptionSubmit
                  icon={<FactorIcon type={type} />}
                  label={FACTORS[type].copy.label}
                  hint={FACTORS[type].copy.enrollHint}
                />
              </form>
            ) : (
              <OptionLink
                href="/mfa/passkey-setup"
                icon={<FactorIcon type={type} />}
                label={FACTORS[type].copy.label}
                hint={FACTORS[type].copy.enrollHint}
              />
            )}
          </li>
        ))}
      </ul>
      {skipAction ? (
        <form action={skipAction} className="mt-6">
          <FormButton variant="ghost">Skip for now</FormButton>
        </form>
      ) : null}
    </AuthShell>
  );
}

export function AllSetScreen({ continueAction }: { continueAction: VoidAction }) {
  return (
    <AuthShell title="You're all set" subtitle="Continue to finish signing in.">
      <form action={continueAction}>
        <FormButton>Continue</FormButton>
      </form>
    </AuthShell>
  );
}
