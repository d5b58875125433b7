"use client";
// The MFA settings form with the live preview beside it: the preview follows the unsaved form.
import { useCallback, useState } from "react";
import type { Branding } from "@/lib/branding/schemas";
import type { PreviewSettings } from "@/lib/preview/protocol";
import { type PreviewChrome, PreviewPane } from "../../preview/PreviewPane";
import type { MfaSettingsValues } from "./form-model";
import { MfaSettingsForm, type MfaSettingsFormProps } from "./MfaSettingsForm";

type Props = Omit<MfaSettingsFormProps, "onChange" | "aside"> & {
  /** The saved branding, which the preview wears. */
  branding: Branding;
  /** The preview's fixed parts (previewChrome()). */
  previewChrome: PreviewChrome;
};

// What the preview draws: the factors and policy, remembered devices, and whether sign-in offers
// passkeys.
const previewOf = ({ mfa, trustedDevice, passkeySignIn }: MfaSettingsValues): PreviewSettings => ({
  ...mfa,
  trustedDevice,
  passkeySignIn: passkeySignIn.enabled,
});

export function MfaSettingsWithPreview({ branding, previewChrome, children, ...props }: Props) {
  const [preview, setPreview] = useState<PreviewSettings>(() => previewOf(props.saved));
  const onChange = useCallback((draft: MfaSettingsValues) => setPreview(previewOf(draft)), []);
  return (
    <MfaSettingsForm
      {...props}
      onChange={onChange}
      aside={
        <div className="xl:sticky xl:top-6">
          {/* Level with the form's first heading on desktop; below the form on phones. */}
          <h2 className="mb-3 text-base font-semibold text-slate-900">Live preview</h2>
          <PreviewPane settings={preview} branding={branding} chrome={previewChrome} />
        </div>
      }
    >
      {children}
    </MfaSettingsForm>
  );
}
