// The MFA settings form's sections and its demo link, drawn on the server: headings,
// descriptions, help text and glyphs ship no JavaScript. The controls inside are client islands that read the state of the
// enclosing MfaSettingsForm.
import { FLOW_MFA_FAILURES } from "@/lib/experience/mfa/attempts";
import { FACTOR_TYPES, FACTORS, type FactorType } from "@/lib/mfa/factors";
import { Badge } from "../../ui/Badge";
import { InfoIcon } from "../../ui/icons";
import { FactorGlyph, OutlineIcon } from "../../ui/outline-icons";
import { DemoLink } from "./DemoLink";
import { FactorCard } from "./FactorCard";
import { GlobeIcon } from "./icons";
import { LockoutFields } from "./LockoutFields";
import { MandatoryNotice } from "./MandatoryNotice";
import { PasskeySignInCard } from "./PasskeySignInCard";
import { type PolicyCopy, PolicyFieldset } from "./PolicyFieldset";
import { RememberDeviceFields } from "./RememberDeviceFields";
import { SettingsSection } from "./SettingsSection";
import { SavedMfaStatus, WhenMfaOff } from "./shown-when";

export interface MfaSettingsFieldsProps {
  /** The WebAuthn relying-party id (the public URL's host): passkeys only work there. */
  rpId: string;
  /** The signed-in admin's authenticator types: Mandatory warns when none of them is enabled. */
  adminAuthenticators?: FactorType[];
}

const policyHeadingId = "mfa-policy-heading";

const POLICY_COPY: PolicyCopy = {
  UserControlled: {
    label: "User-controlled MFA",
    description: "People choose whether to add a second factor; you decide when they are asked",
  },
  Mandatory: {
    label: "Mandatory MFA",
    description: "Everyone must set up and use a second factor at every sign-in",
  },
  prompts: {
    PromptAtSignInAndSignUp: (
      <>
        Ask at registration, and once at the next sign-in for existing users
        <span className="ml-2 text-slate-500">(default)</span>
      </>
    ),
    PromptOnlyAtSignIn: "Ask once, at the first sign-in after registration",
    NoPrompt: "Never ask; people turn it on from their account",
  },
};

export function MfaSettingsFields({ rpId, adminAuthenticators = [] }: MfaSettingsFieldsProps) {
  return (
    <>
      <div className="space-y-10">
        <SettingsSection
          id="mfa-factors-heading"
          title="Factors"
          description="The second factors people can use after their password. Turn one on and save, and MFA is on."
          aside={
            <SavedMfaStatus
              on={
                <Badge tone="success" dot>
                  MFA is on
                </Badge>
              }
              off={<Badge dot>MFA is off</Badge>}
            />
          }
        >
          <div className="space-y-3">
            {FACTOR_TYPES.map((type) => (
              <FactorSetting key={type} type={type} rpId={rpId} />
            ))}
          </div>
        </SettingsSection>

        <SettingsSection
          id="mfa-passkey-sign-in-heading"
          title="Passkey sign-in"
          description="Passkeys as the first step, not only the second."
        >
          <PasskeySignInSetting />
        </SettingsSection>

        <SettingsSection
          id={policyHeadingId}
          title="Policy"
          description="Whether people must use a second factor, and when they are asked to set one up."
        >
          <WhenMfaOff>
            <p className="mb-3 flex items-start gap-3 rounded-lg border border-slate-200 bg-slate-100/70 px-4 py-3 text-sm text-slate-700">
              <InfoIcon className="mt-px size-5 text-slate-400" />
              <span>
                <strong className="font-semibold text-slate-900">MFA is off.</strong> No one is
                asked for a second factor until a factor above is on; this policy applies from then.
              </span>
            </p>
          </WhenMfaOff>
          <PolicyFieldset labelledBy={policyHeadingId} copy={POLICY_COPY} />
          <RememberDeviceSetting />
          <MandatoryNotice adminAuthenticators={adminAuthenticators} />
        </SettingsSection>

        <SettingsSection
          id="mfa-lockout-heading"
          title="Lockout"
          description="Stops guessing of second-factor codes. Each factor type counts separately, per person, over a rolling hour."
        >
          <LockoutFields
            notes={
              <ul className="mt-5 list-disc space-y-1.5 border-t border-slate-100 pt-4 pl-5 text-sm text-slate-600">
                <li data-limit="flow">
                  Each sign-in also allows {FLOW_MFA_FAILURES} wrong second-factor attempts; then
                  that sign-in is locked and the person starts again from the password (the hourly
                  count above is not reset).
                </li>
                <li>
                  After 100 failures in a row, a factor type stays locked until an admin unlocks it
                  or the person verifies another factor.
                </li>
              </ul>
            }
          />
        </SettingsSection>
      </div>
      <DemoLink />
    </>
  );
}

/** The passkey sign-in card: its words drawn here, its switch and state in PasskeySignInCard. */
function PasskeySignInSetting() {
  const id = "mfa-passkey-sign-in";
  return (
    <PasskeySignInCard
      id={id}
      icon={<OutlineIcon name="fingerprint" className="size-6" />}
      description={
        <p id={`${id}-description`} className="mt-0.5 text-sm text-slate-600">
          People with a passkey can sign in with it alone, with no password: the sign-in page offers
          a button and lists passkeys in the username field. It counts as both steps.
        </p>
      }
      unavailable={
        <p
          id={`${id}-reason`}
          className="flex items-start gap-2 border-t border-slate-100 bg-slate-50/80 px-4 py-3 text-sm text-slate-600 sm:px-5"
        >
          <InfoIcon className="mt-px size-5 shrink-0 text-slate-400" />
          <span>Turn on passkeys and security keys above to offer this.</span>
        </p>
      }
    />
  );
}

/** "Remember this device": its words drawn here, its switch and days in RememberDeviceFields. */
function RememberDeviceSetting() {
  const id = "mfa-remember-device";
  return (
    <RememberDeviceFields
      id={id}
      text={
        <div className="min-w-0">
          <label htmlFor={id} className="font-semibold text-slate-900">
            Remember this device
          </label>
          <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
            After an authenticator app or passkey, people may choose “Don't ask again on this
            device”. That browser then skips the second factor for them until it expires or they
            remove it; apps that ask for MFA still get it.
          </p>
        </div>
      }
    />
  );
}

/** One factor's card: its words drawn here, its switch and state in FactorCard. */
function FactorSetting({ type, rpId }: { type: FactorType; rpId: string }) {
  const id = `mfa-factor-${type}`;
  const { copy, role } = FACTORS[type];
  return (
    <FactorCard
      type={type}
      id={id}
      icon={<FactorGlyph type={type} className="size-6" />}
      text={
        <div className="min-w-0 flex-1">
          {/* Stretched over the row, so a click anywhere on it toggles the switch. */}
          <label
            htmlFor={id}
            className="cursor-pointer text-sm font-semibold text-slate-900 after:absolute after:inset-0"
          >
            {copy.settingTitle}
          </label>
          <p id={`${id}-description`} className="mt-0.5 text-sm text-slate-600">
            {copy.settingDescription}
          </p>
        </div>
      }
      note={
        type === "WebAuthn" ? (
          <div
            id={`${id}-note`}
            className="border-t border-slate-100 bg-slate-50/80 px-4 py-3 text-sm text-slate-600 sm:px-5"
          >
            <PasskeyDomainNote rpId={rpId} />
          </div>
        ) : undefined
      }
      // "Backup codes need another factor" is a rule about recovery factors: shown there.
      showsFactorsError={role === "recovery"}
    />
  );
}

function PasskeyDomainNote({ rpId }: { rpId: string }) {
  return (
    <span className="flex items-start gap-2">
      <GlobeIcon className="mt-px size-5 text-slate-400" />
      <span>
        Passkeys are bound to{" "}
        <code className="rounded bg-white px-1.5 py-0.5 font-mono text-[0.8125rem] text-slate-800 ring-1 ring-slate-200">
          {rpId}
        </code>
        . If the public URL moves to another domain, people need new ones.
      </span>
    </span>
  );
}
