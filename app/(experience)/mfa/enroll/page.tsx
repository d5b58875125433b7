import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthShell } from "@/components/experience/AuthShell";
import { EnrollPrompt } from "@/components/experience/mfa/EnrollPrompt";
import { FormButton } from "@/components/experience/mfa/FormButton";
import { FACTOR_COPY } from "@/components/experience/mfa/factors";
import { FactorIcon } from "@/components/experience/mfa/icons";
import { OptionLink, OptionSubmit } from "@/components/experience/mfa/OptionRow";
import { Alert } from "@/components/ui/Alert";
import { linkClasses } from "@/components/ui/link";
import { mfaPageState } from "@/lib/experience/mfa/page-state";
import { flowCookie } from "@/lib/http/action-context";
import { continueAction, skipAction, startTotpSetupAction } from "../actions";
import { ENROLL_STEPS, one, type Search, stepPath } from "../load-page";

export const metadata: Metadata = { title: "2-step verification · Twofold" };

export default async function EnrollPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const state = await mfaPageState(await flowCookie());
  if (!state) redirect("/sign-in");
  const { step, canSkip, enrollable } = state;

  // Nothing left to add (e.g. a step finished in another tab): let the user carry on.
  if (!step) {
    return (
      <AuthShell title="You're all set" subtitle="Continue to finish signing in.">
        <form action={continueAction}>
          <FormButton>Continue</FormButton>
        </form>
      </AuthShell>
    );
  }
  if (!ENROLL_STEPS.includes(step.code)) redirect(stepPath(step));

  if (step.code === "user.suggest_mfa" && one(params.choose) !== "1") {
    return (
      <AuthShell
        title={
          <>
            Turn on <span className="whitespace-nowrap">2-step</span> verification
          </>
        }
        subtitle={
          <>
            Add a second step when you sign in
            {state.account ? (
              <>
                {" "}
                as <span className="font-medium text-slate-800">{state.account}</span>
              </>
            ) : null}
            . It takes about a minute.
          </>
        }
      >
        <EnrollPrompt skipAction={canSkip ? skipAction : undefined} />
      </AuthShell>
    );
  }

  return (
    <AuthShell
      title={
        <>
          Add <span className="whitespace-nowrap">2-step</span> verification
        </>
      }
      subtitle="Choose how you want to confirm it's you when you sign in."
      footer={
        canSkip ? undefined : (
          <Link href="/sign-in" className={linkClasses}>
            Back to sign in
          </Link>
        )
      }
    >
      {canSkip ? null : (
        <Alert tone="info" title="Required for your account" className="mb-5">
          Your account needs 2-step verification. Set up one method to continue.
        </Alert>
      )}
      <ul className="space-y-3">
        {enrollable.map((type) => (
          <li key={type}>
            {type === "Totp" ? (
              <form action={startTotpSetupAction}>
                <OptionSubmit
                  icon={<FactorIcon type={type} />}
                  label={FACTOR_COPY[type].label}
                  hint={FACTOR_COPY[type].enrollHint}
                />
              </form>
            ) : (
              <OptionLink
                href="/mfa/passkey-setup"
                icon={<FactorIcon type={type} />}
                label={FACTOR_COPY[type].label}
                hint={FACTOR_COPY[type].enrollHint}
              />
            )}
          </li>
        ))}
      </ul>
      {canSkip && step.code === "user.suggest_mfa" ? (
        <form action={skipAction} className="mt-6">
          <FormButton variant="ghost">Skip for now</FormButton>
        </form>
      ) : null}
    </AuthShell>
  );
}
