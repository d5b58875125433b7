// The MFA settings form's state: the draft against the saved settings, the rules and server
// errors to show, the save (through the server action) and what follows it (toast, focus).

import {
  type ChangeEvent,
  type FormEvent,
  startTransition,
  useActionState,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { FactorType } from "@/lib/mfa/factor-types";
import {
  canonicalFactors,
  draftFrom,
  type FactorCatalog,
  type FieldErrors,
  type FormErrors,
  isDirty,
  type MfaDraft,
  type MfaField,
  type MfaFormState,
  type MfaSettingsValues,
  settingsFrom,
  validateDraft,
} from "./form-model";
import { useHydrated } from "./use-hydrated";
import { useUnsavedChangesGuard } from "./use-unsaved-changes-guard";

/** The unsaved settings as the form holds them, e.g. for a live preview. */
export type MfaSettingsDraft = MfaSettingsValues & {
  /** The form differs from the saved settings. */
  dirty: boolean;
  /** Saving would pass every rule (backup codes not alone, lockout numbers in range). */
  valid: boolean;
};

export type SaveMfaSettingsAction = (state: MfaFormState, form: FormData) => Promise<MfaFormState>;

export type LockoutField = "maxAttempts" | "lockoutDuration" | "rememberDays";

const TOAST_MS = 4000;

export function useMfaSettingsForm({
  saved,
  catalog,
  action,
  onChange,
}: {
  saved: MfaSettingsValues;
  catalog: FactorCatalog;
  action: SaveMfaSettingsAction;
  onChange?: (draft: MfaSettingsDraft) => void;
}) {
  const enhanced = useHydrated();
  const [state, formAction, saving] = useActionState(action, { status: "idle" });
  const [baseline, setBaseline] = useState(saved);
  // After a plain form post the page renders again with the result: refill what was sent.
  const [draft, setDraft] = useState(
    () => (state.status === "error" && state.values) || draftFrom(saved, catalog),
  );
  const [serverErrors, setServerErrors] = useState<FormErrors>(() =>
    state.status === "error" ? state.errors : { fields: {} },
  );
  const [blurred, setBlurred] = useState<Partial<Record<LockoutField, boolean>>>({});
  const [toastAt, setToastAt] = useState(state.status === "saved" ? state.savedAt : null);
  const formRef = useRef<HTMLFormElement>(null);
  const lastEdited = useRef<HTMLElement | null>(null);

  // Take in each save result once (state is a new object per submission).
  const [seenState, setSeenState] = useState(state);
  if (state !== seenState) {
    setSeenState(state);
    if (state.status === "saved") {
      setBaseline(state.saved);
      setServerErrors({ fields: {} });
      setBlurred({});
      setToastAt(state.savedAt);
    } else if (state.status === "error") {
      setServerErrors(state.errors);
    }
  }

  const dirty = isDirty(draft, baseline, catalog);
  const ruleErrors = validateDraft(draft, catalog);
  const valid = Object.keys(ruleErrors).length === 0;
  // A number is judged once typed or left, not while the field is being cleared.
  const lockoutError = (field: LockoutField) =>
    (blurred[field] || draft[field].trim() !== "" ? ruleErrors[field] : undefined) ??
    serverErrors.fields[field];
  const errors: FieldErrors = {
    factors: ruleErrors.factors ?? serverErrors.fields.factors,
    policy: serverErrors.fields.policy,
    maxAttempts: lockoutError("maxAttempts"),
    lockoutDuration: lockoutError("lockoutDuration"),
    rememberDays: lockoutError("rememberDays"),
    passkeySignIn: serverErrors.fields.passkeySignIn,
  };
  // What the save bar counts: the errors on screen (at least one while the draft is invalid).
  const problems = valid ? 0 : Math.max(1, Object.values(errors).filter(Boolean).length);

  useUnsavedChangesGuard(enhanced && dirty, formRef);

  const settings = useMemo(
    () => settingsFrom(draft, baseline, catalog),
    [draft, baseline, catalog],
  );
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });
  useEffect(() => {
    onChangeRef.current?.({ ...settings, dirty, valid });
  }, [settings, dirty, valid]);

  useEffect(() => {
    if (toastAt === null) return;
    // The Save button left with the bar: give focus back to the last setting changed.
    if (document.activeElement === document.body) lastEdited.current?.focus();
    const timer = window.setTimeout(() => setToastAt(null), TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [toastAt]);

  // Ctrl+S / Cmd+S saves, as in most editors, instead of saving the web page.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== "s" || !(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      if (dirty && valid && !saving) formRef.current?.requestSubmit();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [dirty, valid, saving]);

  function edit(field: MfaField, patch: Partial<MfaDraft>) {
    setDraft((current) => ({ ...current, ...patch }));
    setServerErrors((current) =>
      current.fields[field]
        ? { ...current, fields: { ...current.fields, [field]: undefined } }
        : current,
    );
  }

  return {
    enhanced,
    formRef,
    formAction,
    saving,
    baseline,
    draft,
    dirty,
    errors,
    problems,
    formError: serverErrors.form,
    toastVisible: toastAt !== null,
    edit,
    toggleFactor(type: FactorType, on: boolean) {
      const factors = on ? [...draft.factors, type] : draft.factors.filter((t) => t !== type);
      // Passkey sign-in needs WebAuthn: switching it off switches passkey sign-in off, as saving does.
      const passkeySignIn = draft.passkeySignIn && factors.includes("WebAuthn");
      edit("factors", { factors: canonicalFactors(factors, catalog), passkeySignIn });
    },
    blur(field: LockoutField) {
      setBlurred((current) => ({ ...current, [field]: true }));
    },
    discard() {
      setDraft(draftFrom(baseline, catalog));
      setServerErrors({ fields: {} });
      setBlurred({});
    },
    /** Remembers the control last changed, to refocus it after saving. */
    onFormChange(event: ChangeEvent<HTMLFormElement>) {
      if (event.target instanceof HTMLElement) lastEdited.current = event.target;
    },
    // Dispatched by hand: React resets a form after its action runs, which would leave these
    // controlled inputs showing their server-rendered defaults. Without JavaScript the form
    // posts to the same action natively.
    onSubmit(event: FormEvent<HTMLFormElement>) {
      event.preventDefault();
      if (!valid) {
        setBlurred({ maxAttempts: true, lockoutDuration: true, rememberDays: true });
        return;
      }
      setServerErrors({ fields: {} });
      const data = new FormData(event.currentTarget);
      startTransition(() => formAction(data));
    },
  };
}
