"use client";
// The console's MFA settings: factor switches, policy and lockout in one form with a sticky
// Save / Discard bar. It posts to a server action, so it also works as a plain HTML form; with
// JavaScript it checks the rules as you type, guards unsaved changes and confirms with a toast.
// What the form holds comes as children drawn on the server (MfaSettingsFields); their controls
// read the form's state from context.
import type { ReactNode } from "react";
import { cx } from "../../ui/cx";
import { MfaFormContext } from "./form-context";
import type { FactorCatalog, MfaSettingsValues } from "./form-model";
import { SaveBar } from "./SaveBar";
import { SavedToast } from "./SavedToast";
import {
  type MfaSettingsDraft,
  type SaveMfaSettingsAction,
  useMfaSettingsForm,
} from "./use-mfa-settings-form";

export type { MfaSettingsDraft, SaveMfaSettingsAction };

export interface MfaSettingsFormProps {
  /** The settings as stored now. */
  saved: MfaSettingsValues;
  /** The factor types, from the registry on the server (FACTOR_CATALOG). */
  catalog: FactorCatalog;
  /** Saves a submitted form (the page passes its server action). */
  action: SaveMfaSettingsAction;
  /** Called with the unsaved settings on every change, and once at start. */
  onChange?: (draft: MfaSettingsDraft) => void;
  /** A pane beside the form on wide screens (the live preview); without it the form is full width. */
  aside?: ReactNode;
  /** What the form holds above its save bar (MfaSettingsFields). */
  children: ReactNode;
}

export function MfaSettingsForm({
  saved,
  catalog,
  action,
  onChange,
  aside,
  children,
}: MfaSettingsFormProps) {
  const form = useMfaSettingsForm({ saved, catalog, action, onChange });
  return (
    <MfaFormContext value={form}>
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
          {children}
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
    </MfaFormContext>
  );
}
