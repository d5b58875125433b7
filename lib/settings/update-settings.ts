// Saves sign-in experience settings on an admin's (or an API key's) behalf, with an audit event.
import { type AuditActor, recordAudit } from "@/lib/audit/record";
import type { RequestMeta } from "@/lib/core/request-meta";
import { type Settings, saveSettings } from "./store";

export type UpdateSettingsOptions = {
  patch: Partial<Settings>;
  /** The acting admin; or give `actor` for other callers. */
  adminId?: string;
  actor?: AuditActor;
  meta?: RequestMeta;
};

export async function updateSettings({
  patch,
  adminId,
  actor,
  meta,
}: UpdateSettingsOptions): Promise<Settings> {
  const settings = await saveSettings(patch);
  await recordAudit({
    type: "settings.updated",
    actor: actor ?? { type: "admin", id: adminId },
    meta,
    data: { sections: Object.keys(patch), ...patch },
  });
  return settings;
}
