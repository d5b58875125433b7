"use client";
// The Branding tab: product name, logo, accent colour and colour scheme, with the live preview
// beside them following every unsaved change, a Save / Discard bar and a "Saved" toast.
import {
  type FormEvent,
  startTransition,
  useActionState,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { Branding } from "@/lib/branding/schemas";
import type { PreviewSettings } from "@/lib/preview/protocol";
import { type PreviewChrome, PreviewPane } from "../../preview/PreviewPane";
import { TextField } from "../../ui/TextField";
import { SaveBar } from "../mfa-settings/SaveBar";
import { SavedToast } from "../mfa-settings/SavedToast";
import { SettingsSection } from "../mfa-settings/SettingsSection";
import { useHydrated } from "../mfa-settings/use-hydrated";
import { useUnsavedChangesGuard } from "../mfa-settings/use-unsaved-changes-guard";
import { ColorField } from "./ColorField";
import {
  type BrandingDraft,
  type BrandingFormState,
  draftErrors,
  type LogoUploadResult,
  serverErrors,
  toDraft,
} from "./form-model";
import { LogoField } from "./LogoField";
import { ThemeField } from "./ThemeField";

export type BrandingEditorProps = {
  saved: Branding;
  /** The saved MFA settings, so the preview's screens are the ones people get. */
  mfa: PreviewSettings;
  saveAction: (state: BrandingFormState, form: FormData) => Promise<BrandingFormState>;
  uploadAction: (form: FormData) => Promise<LogoUploadResult>;
  /** The preview's fixed parts (previewChrome()). */
  previewChrome: PreviewChrome;
};

const TOAST_MS = 4000;

const same = (a: BrandingDraft, b: BrandingDraft) =>
  a.productName === b.productName &&
  a.primaryColor.toLowerCase() === b.primaryColor.toLowerCase() &&
  a.darkMode === b.darkMode &&
  a.logoUrl === b.logoUrl;

export function BrandingEditor({
  saved,
  mfa,
  saveAction,
  uploadAction,
  previewChrome,
}: BrandingEditorProps) {
  const enhanced = useHydrated();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, saving] = useActionState(saveAction, { status: "idle" });
  const [baseline, setBaseline] = useState(() => toDraft(saved));
  const [draft, setDraft] = useState(baseline);
  const [toastAt, setToastAt] = useState<number | null>(null);

  useEffect(() => {
    if (state.status !== "saved") return;
    const next = toDraft(state.saved);
    setBaseline(next);
    setDraft(next);
    setToastAt(state.savedAt);
  }, [state]);

  useEffect(() => {
    if (toastAt === null) return;
    const timer = setTimeout(() => setToastAt(null), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toastAt]);

  const dirty = !same(draft, baseline);
  useUnsavedChangesGuard(enhanced && dirty, formRef);

  // Server refusals show until the field changes; the live checks run on every keystroke.
  const refused = dirty ? serverErrors(state) : {};
  const errors = { ...refused, ...draftErrors(draft) };
  const problems = Object.keys(errors).length;
  // What the preview draws: the draft, with the saved value where a field is not usable yet.
  const preview = useMemo(
    () => ({
      productName: draft.productName.trim().slice(0, 40) || baseline.productName,
      primaryColor: /^#[0-9a-f]{6}$/i.test(draft.primaryColor)
        ? draft.primaryColor
        : baseline.primaryColor,
      darkMode: draft.darkMode,
      ...(draft.logoUrl ? { logoUrl: draft.logoUrl } : {}),
    }),
    [draft, baseline],
  );
  const edit = (patch: Partial<BrandingDraft>) => setDraft((d) => ({ ...d, ...patch }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (!enhanced) return;
    event.preventDefault();
    if (problems > 0) return;
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  const formError =
    state.status === "error" && Object.keys(serverErrors(state)).length === 0
      ? state.message
      : undefined;

  return (
    <>
      <div className="grid gap-8 xl:grid-cols-[minmax(0,1fr)_500px]">
        <form
          ref={formRef}
          action={formAction}
          onSubmit={onSubmit}
          noValidate={enhanced}
          aria-label="Branding settings"
          className="min-w-0"
        >
          <div className="space-y-10">
            <SettingsSection
              id="branding-identity-heading"
              title="Name and logo"
              description="On every hosted page and in the page titles. The name is also what authenticator apps show beside the codes."
            >
              <div className="space-y-6 rounded-xl border border-slate-200 bg-white p-5 shadow-xs">
                <TextField
                  label="Product name"
                  name="productName"
                  value={draft.productName}
                  maxLength={60}
                  onChange={(event) => edit({ productName: event.target.value })}
                  error={errors.productName}
                  hint="1–40 characters. Authenticator apps set up before a rename keep the old name."
                />
                <LogoField
                  name="logoUrl"
                  value={draft.logoUrl}
                  upload={uploadAction}
                  onChange={(logoUrl) => edit({ logoUrl })}
                />
              </div>
            </SettingsSection>
            <SettingsSection
              id="branding-look-heading"
              title="Colours"
              description="The accent of buttons, links and focus rings, and whether the pages are light or dark."
            >
              <div className="space-y-6 rounded-xl border border-slate-200 bg-white p-5 shadow-xs">
                <ColorField
                  name="primaryColor"
                  value={draft.primaryColor}
                  error={errors.primaryColor}
                  onChange={(primaryColor) => edit({ primaryColor })}
                />
                <ThemeField
                  name="darkMode"
                  value={draft.darkMode}
                  onChange={(darkMode) => edit({ darkMode })}
                />
              </div>
            </SettingsSection>
          </div>
          <SaveBar
            enhanced={enhanced}
            dirty={dirty}
            problems={problems}
            saving={saving}
            error={formError}
            onDiscard={() => setDraft(baseline)}
          />
        </form>
        <div className="min-w-0">
          <div className="xl:sticky xl:top-6">
            <h2 className="mb-3 text-base font-semibold text-slate-900">Live preview</h2>
            <PreviewPane settings={mfa} branding={preview} chrome={previewChrome} />
          </div>
        </div>
      </div>
      <SavedToast show={toastAt !== null} />
    </>
  );
}
