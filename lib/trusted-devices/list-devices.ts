// A user's remembered devices as the account page, the console and the Management API show
// them: never the secret's hash. Expired ones are left out; they can no longer skip anything.
import { getDb } from "@/lib/db/client";

export type TrustedDeviceView = {
  id: string;
  label: string;
  ip: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date;
};

export async function listTrustedDevices(userId: string): Promise<TrustedDeviceView[]> {
  return getDb().trustedDevice.findMany({
    where: { userId, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, label: true, ip: true, createdAt: true, lastUsedAt: true, expiresAt: true },
  });
}
