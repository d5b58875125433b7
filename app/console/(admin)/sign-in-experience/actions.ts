"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/current-user";
import { actionMeta } from "@/lib/http/action-context";
import { formCheckbox, formInput } from "@/lib/http/form-input";
import { serverAction } from "@/lib/http/server-action";
import { updateSettings } from "@/lib/settings/update-settings";

const RegistrationForm = z.object({ registration: formCheckbox() });

export const saveRegistrationAction = serverAction(async (form: FormData): Promise<void> => {
  const admin = await requireAdmin("/console/sign-in-experience");
  await updateSettings({
    patch: { registration: { enabled: formInput(RegistrationForm, form).registration } },
    adminId: admin.id,
    meta: await actionMeta(),
  });
  redirect("/console/sign-in-experience?saved=1");
});
