// Recognises a remembered browser at sign-in: the cookie's secret must hash to a live device row
// of this very user. Anything else (another user's cookie, expired, removed, forged) is ignored.
import { recordAudit } from "@/lib/audit/record";
import type { RequestMeta } from "@/lib/core/request-meta";
import { sha256 } from "@/lib/crypto/tokens";
import { getDb } from "@/lib/db/client";

// A real secret is 43 base64url characters; anything much longer is not worth hashing.
const MAX_TOKEN_LENGTH = 128;

/** The device's id when `token` is a live device of `userId`; touches its last use. */
export async function recognizeDevice(
  userId: string,
  token: string | undefined,
  meta: RequestMeta,
): Promise<string | null> {
  if (!token || token.length > MAX_TOKEN_LENGTH) return null;
  const now = new Date();
  const device = await getDb().trustedDevice.findUnique({ where: { secretHash: sha256(token) } });
  if (!device || device.userId !== userId || device.expiresAt <= now) return null;
  await getDb().trustedDevice.updateMany({ where: { id: device.id }, data: { lastUsedAt: now } });
  await recordAudit({
    type: "mfa.trusted_device_used",
    actor: { type: "user", id: userId },
    userId,
    meta,
    data: { deviceId: device.id, label: device.label },
  });
  return device.id;
}

/** True while the device is still a live one of the user (it may be removed mid-sign-in). */
export async function isLiveDevice(userId: string, deviceId: string): Promise<boolean> {
  const count = await getDb().trustedDevice.count({
    where: { id: deviceId, userId, expiresAt: { gt: new Date() } },
  });
  return count === 1;
}
