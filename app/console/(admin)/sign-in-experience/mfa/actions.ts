"use server";
import { revalidatePath } from "next/cache";
import type { MfaDraft, MfaFormState } from "@/components/console/mfa-settings/form-model";
import { placeRefusal } from "@/components/console/mfa-settings/place-refusal";
import { readMfaForm } from "@/components/console/mfa-settings/read-mfa-form";
import { requireAdmin } from "@/lib/auth/current-user";
import { actionMeta } from "@/lib/http/action-context";
import { toActionState } from "@/lib/http/action-state";
import { serverAction } from "@/lib/http/server-action";
import { updateMfaSettings } from "@/lib/settings/update-mfa";

function errorState(error: unknown, draft?: MfaDraft): MfaFormState {
  const { error: refused } = toActionState(error, {});
  const issues = refused?.data?.issues as { path: string; message: string }[] | undefined;
  return {
    status: "error",
    errors: placeRefusal({
      code: refused?.code ?? "unknown",
      message: refused?.message ?? "",
      issues,
    }),
    values: draft,
  };
}

export const saveMfaSettingsAction = serverAction(
  async (_: MfaFormState, form: FormData): Promise<MfaFormState> => {
    const admin = await requireAdmin("/console/sign-in-experience/mfa");
    const { input, draft } = readMfaForm(form);
    try {
      const { mfa, sentinelPolicy, trustedDevice, passkeySignIn } = await updateMfaSettings({
        ...input,
        adminId: admin.id,
        meta: await actionMeta(),
      });
      revalidatePath("/console/sign-in-experience", "layout");
      const saved = { mfa, sentinelPolicy, trustedDevice, passkeySignIn };
      return { status: "saved", saved, savedAt: Date.now() };
    } catch (error) {
      return errorState(error, draft);
    }
  },
  (refused, _state, form) => errorState(refused, submittedDraft(form)),
);

/** The form's values to show again, unless the form itself was what got refused. */
function submittedDraft(form: FormData): MfaDraft | undefined {
  try {
    return readMfaForm(form).draft;
  } catch {
    return undefined;
  }
}
