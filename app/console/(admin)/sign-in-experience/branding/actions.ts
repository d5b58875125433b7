"use server";
import { revalidatePath } from "next/cache";
import {
  type BrandingFormState,
  type LogoUploadResult,
  readBrandingForm,
} from "@/components/console/branding/form-model";
import { requireAdmin } from "@/lib/auth/current-user";
import { storeLogo } from "@/lib/branding/store-logo";
import { AppError } from "@/lib/core/errors";
import { actionMeta } from "@/lib/http/action-context";
import { toActionState } from "@/lib/http/action-state";
import { serverAction } from "@/lib/http/server-action";
import { updateBranding } from "@/lib/settings/update-branding";

const PAGE = "/console/sign-in-experience/branding";

function errorState(error: unknown): BrandingFormState {
  const { error: refused } = toActionState(error, {});
  const issues = refused?.data?.issues as { path: string; message: string }[] | undefined;
  return { status: "error", message: refused?.message ?? "The branding was not saved.", issues };
}

export const saveBrandingAction = serverAction(
  async (_: BrandingFormState, form: FormData): Promise<BrandingFormState> => {
    const admin = await requireAdmin(PAGE);
    try {
      const { branding } = await updateBranding({
        branding: readBrandingForm(form),
        actor: { type: "admin", id: admin.id },
        meta: await actionMeta(),
      });
      revalidatePath("/console/sign-in-experience", "layout");
      return { status: "saved", saved: branding, savedAt: Date.now() };
    } catch (error) {
      return errorState(error);
    }
  },
  (refused) => errorState(refused),
);

/** Stores the chosen file as a logo; the form then saves its address with the rest. */
export const uploadLogoAction = serverAction(
  async (form: FormData): Promise<LogoUploadResult> => {
    await requireAdmin(PAGE);
    const file = form.get("logo");
    if (!(file instanceof File)) return { status: "error", message: "Choose an image file." };
    try {
      const { logoUrl } = await storeLogo(new Uint8Array(await file.arrayBuffer()));
      return { status: "ok", logoUrl };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const issues = error.data?.issues as { message: string }[] | undefined;
      return { status: "error", message: issues?.[0]?.message ?? error.message };
    }
  },
  (refused): LogoUploadResult => ({ status: "error", message: refused.message }),
);
