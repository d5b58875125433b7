"use client";
// The console's MFA settings: factor switches, policy and lockout in one form with a sticky
// Save / Discard bar. It posts to a server action, so it also works as a plain HTML form; with
// JavaScript it checks the rules as you type, guards unsaved changes and confirms with a toast.
import type { ReactNode } from "react";
import { FACTOR_TYPES, FACTORS, type FactorType } from "@/lib/mfa/factors";
import { Badge } from "../../ui/Badge";
import { cx } from "../../ui/cx";
import { InfoIcon } from "../../ui/icons";
import { FactorGlyph } from "../../ui/outline-icons";
import { DemoLink } from "./DemoLink";
import { FactorCard } from "./FactorCard";
import { FIELD_NAMES, type MfaSettingsValues } from "./form-model";
import { GlobeIcon } from "./icons";
import { LockoutFields } from "./LockoutFields";
import { MandatoryNotice } from "./MandatoryNotice";
import { PasskeySignInCard } from "./PasskeySignInCard";
import { PolicyFieldset } from "./PolicyFieldset";
import { RememberDeviceFields } from "./RememberDeviceFields";
import { SaveBar } from "./SaveBar";
import { SavedToast } from "./SavedToast";
import { SettingsSection } from "./SettingsSection";
import {
  type MfaSettingsDraft,
  type SaveMfaSettingsAction,
  useMfaSettingsForm,
} from "./use-mfa-settings-form";

export type { MfaSettingsDraft, SaveMfaSettingsAction };

export interface MfaSettingsFormProps {
  /** The settings as stored now. */
  saved: MfaSettingsValues;
  /** The WebAuthn relying-party id (the public URL's host): passkeys only work there. */
  rpId: string;
  /** Saves a submitted form (the page passes its server action). */
  action: SaveMfaSettingsAction;
  /** Called with the unsaved settings on every change, and once at start. */
  onChange?: (draft: MfaSettingsDraft) => void;
  /** A pane beside the form on wide screens (the live preview); without it the form is full width. */
  aside?: ReactNode;
  /** The signed-in admin's authenticator types: Mandatory warns when none of them is enabled. */
  adminAuthenticators?: FactorType[];
}

const policyHeadingId = "mfa-policy-heading";

export function MfaSettingsForm({
  saved,
  rpId,
  action,
  onChange,
  aside,
  adminAuthenticators = [],
}: MfaSettingsFormProps) {
  const form = useMfaSettingsForm({ saved, action, onChange });
  return (
    <>
      <div className={cx("grid gap-8", aside ? "xl:grid-cols-[minmax(0,1fr)_500px]" : null)}>
        <form
          ref={form.formRef}
          action={form.formAction}
          onSubmit={form.onSubmit}
          onChange={form.onFormChange}
          noValidate={form.enhanced}
          aria-label="Multi-factor authentication settings"
          className="min-w-0"
        >
          <div className="space-y-10">
            <SettingsSection
              id="mfa-factors-heading"
              title="Factors"
              description="The second factors people can use after their password. Turn one on and save, and MFA is on."
              aside={
                form.baseline.mfa.factors.length > 0 ? (
                  <Badge tone="success" dot>
                    MFA is on
                  </Badge>
                ) : (
                  <Badge dot>MFA is off</Badge>
                )
              }
            >
              <div className="space-y-3">
                {FACTOR_TYPES.map((type) => (
                  <FactorCard
                    key={type}
                    type={type}
                    name={FIELD_NAMES.factors}
                    title={FACTORS[type].copy.settingTitle}
                    description={FACTORS[type].copy.settingDescription}
                    icon={<FactorGlyph type={type} className="size-6" />}
                    checked={form.draft.factors.includes(type)}
                    onCheckedChange={(on) => form.toggleFactor(type, on)}
                    error={type === "BackupCode" ? form.errors.factors : undefined}
                    note={
                      type === "WebAuthn" ? (
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
                      ) : undefined
                    }
                  />
                ))}
              </div>
            </SettingsSection>

            <SettingsSection
              id="mfa-passkey-sign-in-heading"
              title="Passkey sign-in"
              description="Passkeys as the first step, not only the second."
            >
              <PasskeySignInCard
                name={FIELD_NAMES.passkeySignIn}
                checked={form.draft.passkeySignIn}
                available={form.draft.factors.includes("WebAuthn")}
                onCheckedChange={(on) => form.edit("passkeySignIn", { passkeySignIn: on })}
                error={form.errors.passkeySignIn}
              />
            </SettingsSection>

            <SettingsSection
              id={policyHeadingId}
              title="Policy"
              description="Whether people must use a second factor, and when they are asked to set one up."
            >
              {form.draft.factors.length > 0 ? null : (
                <p className="mb-3 flex items-start gap-3 rounded-lg border border-slate-200 bg-slate-100/70 px-4 py-3 text-sm text-slate-700">
                  <InfoIcon className="mt-px size-5 text-slate-400" />
                  <span>
                    <strong className="font-semibold text-slate-900">MFA is off.</strong> No one is
                    asked for a second factor until a factor above is on; this policy applies from
                    then.
                  </span>
                </p>
              )}
              <PolicyFieldset
                labelledBy={policyHeadingId}
                modeName={FIELD_NAMES.mode}
                promptName={FIELD_NAMES.prompt}
                mode={form.draft.mode}
                prompt={form.draft.prompt}
                onModeChange={(mode) => form.edit("policy", { mode })}
                onPromptChange={(prompt) => form.edit("policy", { prompt })}
                disablePromptWhenMandatory={form.enhanced}
                error={form.errors.policy}
              />
              <RememberDeviceFields
                enabled={form.draft.rememberDevice}
                days={form.draft.rememberDays}
                onEnabledChange={(rememberDevice) => form.edit("rememberDays", { rememberDevice })}
                onDaysChange={(rememberDays) => form.edit("rememberDays", { rememberDays })}
                onDaysBlur={() => form.blur("rememberDays")}
                error={form.errors.rememberDays}
              />
              {form.draft.mode === "Mandatory" && form.draft.factors.length > 0 ? (
                <MandatoryNotice
                  adminEnrolled={adminAuthenticators.some((t) => form.draft.factors.includes(t))}
                />
              ) : null}
            </SettingsSection>

            <SettingsSection
              id="mfa-lockout-heading"
              title="Lockout"
              description="Stops guessing of second-factor codes. Each factor type counts separately, per person, over a rolling hour."
            >
              <LockoutFields
                maxAttempts={form.draft.maxAttempts}
                lockoutDuration={form.draft.lockoutDuration}
                onChange={(field, value) => form.edit(field, { [field]: value })}
                onBlur={form.blur}
                errors={{
                  maxAttempts: form.errors.maxAttempts,
                  lockoutDuration: form.errors.lockoutDuration,
                }}
              />
            </SettingsSection>
          </div>

          <DemoLink dirty={form.dirty} />

          <SaveBar
            enhanced={form.enhanced}
            dirty={form.dirty}
            problems={form.problems}
            saving={form.saving}
            error={form.formError}
            onDiscard={form.discard}
          />
        </form>
        {aside ? <div className="min-w-0">{aside}</div> : null}
      </div>
      <SavedToast show={form.toastVisible} />
    </>
  );
}
