// Forgets remembered devices: one (account page, console, Management API) or all of a user's
// (Remove all, and whenever the user's sessions end with their credentials). The row is deleted,
// so its cookie stops matching anything at once.
import { type AuditActor, recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/core/errors";
import type { RequestMeta } from "@/lib/core/request-meta";
import { type Db, getDb } from "@/lib/db/client";

export type RevokeDeviceOptions = {
  userId: string;
  deviceId: string;
  actor: AuditActor;
  meta?: RequestMeta;
};

/** Throws entity.not_found when the device is not one of the user's. */
export async function revokeTrustedDevice({ userId, deviceId, actor, meta }: RevokeDeviceOptions) {
  const { count } = await getDb().trustedDevice.deleteMany({ where: { id: deviceId, userId } });
  if (count === 0) throw new AppError("entity.not_found");
  await recordAudit({
    type: "mfa.trusted_device_revoked",
    actor,
    userId,
    meta,
    data: { deviceId },
  });
}

export type RevokeAllDevicesOptions = { userId: string; actor: AuditActor; meta?: RequestMeta };

/**
 * Forgets every device of the user; records an event when there were any. Pass a transaction to
 * revoke together with the change that calls for it. Returns how many were forgotten.
 */
export async function revokeAllTrustedDevices(
  { userId, actor, meta }: RevokeAllDevicesOptions,
  db: Pick<Db, "trustedDevice" | "$executeRaw"> = getDb(),
): Promise<number> {
  const { count } = await db.trustedDevice.deleteMany({ where: { userId } });
  if (count > 0) {
    await recordAudit({
      type: "mfa.trusted_device_revoked",
      actor,
      userId,
      meta,
      data: { count },
      db,
    });
  }
  return count;
}
