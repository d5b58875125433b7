// Remembers a browser for one user after a second factor: the row keeps only the SHA-256 of a
// fresh 32-byte secret; the secret itself goes once into that user's device cookie. Runs in the
// transaction that mints the session, so a sign-in that fails remembers nothing.
import { recordAudit } from "@/lib/audit/record";
import type { RequestMeta } from "@/lib/core/request-meta";
import { newId, newToken, sha256 } from "@/lib/crypto/tokens";
import type { RawDb } from "@/lib/db/direct";
import { describeDevice } from "@/lib/mfa/user-agent";

export type TrustDeviceOptions = { userId: string; days: number; meta: RequestMeta };

/** The cookie's value and expiry; `token` is never stored. */
export type TrustedDeviceCookie = { userId: string; token: string; expiresAt: Date };

const DAY_MS = 24 * 60 * 60 * 1000;

export async function trustDevice(
  db: Pick<RawDb, "$executeRaw">,
  { userId, days, meta }: TrustDeviceOptions,
): Promise<TrustedDeviceCookie> {
  const token = newToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + days * DAY_MS);
  // Expired rows skip nothing; clearing the user's here keeps the table from growing.
  await db.$executeRaw`
    DELETE FROM "TrustedDevice" WHERE "userId" = ${userId} AND "expiresAt" <= ${now}`;
  const device = { id: newId(), label: describeDevice(meta.userAgent, "Unknown browser") };
  await db.$executeRaw`
    INSERT INTO "TrustedDevice" ("id", "userId", "secretHash", "label", "ip", "createdAt", "expiresAt")
    VALUES (${device.id}, ${userId}, ${sha256(token)}, ${device.label}, ${meta.ip ?? null},
      ${now}, ${expiresAt})`;
  await recordAudit({
    type: "mfa.device_trusted",
    actor: { type: "user", id: userId },
    userId,
    meta,
    data: { deviceId: device.id, label: device.label, expiresAt: expiresAt.toISOString() },
    db,
  });
  return { userId, token, expiresAt };
}
