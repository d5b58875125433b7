// Saves sign-in experience settings on an admin's behalf, with an audit event.
import { recordAudit } from "@/lib/audit/record";
import type { RequestMeta } from "@/lib/http/request-meta";
import { type Settings, saveSettings } from "./store";

export type UpdateSettingsOptions = {
  patch: Partial<Settings>;
  adminId: string;
  meta: RequestMeta;
};

export async function updateSettings({
  patch,
  adminId,
  meta,
}: UpdateSettingsOptions): Promise<Settings> {
  const settings = await saveSettings(patch);
  await recordAudit({
    type: "settings.updated",
    actor: { type: "admin", id: adminId },
    meta,
    data: { sections: Object.keys(patch), ...patch },
  });
  return settings;
}
