"use server";
import { redirect } from "next/navigation";
import { requireAdmin } from "@/lib/auth/current-user";
import { actionMeta } from "@/lib/http/action-context";
import { serverAction } from "@/lib/http/server-action";
import { updateSettings } from "@/lib/settings/update-settings";

export const saveRegistrationAction = serverAction(async (form: FormData): Promise<void> => {
  const admin = await requireAdmin("/console/sign-in-experience");
  await updateSettings({
    patch: { registration: { enabled: form.get("registration") === "on" } },
    adminId: admin.id,
    meta: await actionMeta(),
  });
  redirect("/console/sign-in-experience?saved=1");
});
