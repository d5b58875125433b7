"use client";
// The MFA settings form with the live preview beside it: the preview follows the unsaved form.
import { useCallback, useState } from "react";
import type { Branding } from "@/lib/branding/schemas";
import { PreviewPane } from "../../preview/PreviewPane";
import { MfaSettingsForm, type MfaSettingsFormProps } from "./MfaSettingsForm";

type Props = Omit<MfaSettingsFormProps, "onChange" | "aside"> & {
  /** The saved branding, which the preview wears. */
  branding?: Branding;
};

export function MfaSettingsWithPreview({ branding, ...props }: Props) {
  const [mfa, setMfa] = useState(props.saved.mfa);
  const onChange = useCallback((draft: { mfa: typeof mfa }) => setMfa(draft.mfa), []);
  return (
    <MfaSettingsForm
      {...props}
      onChange={onChange}
      aside={
        <div className="xl:sticky xl:top-6">
          {/* Level with the form's first heading on desktop; below the form on phones. */}
          <h2 className="mb-3 text-base font-semibold text-slate-900">Live preview</h2>
          <PreviewPane settings={mfa} branding={branding} />
        </div>
      }
    />
  );
}
