// First-admin setup: while no admin exists, start-up issues a single-use link. Issuing a new
// link voids the older ones, so only the link printed last works.

import { getConfig } from "@/lib/config";
import { newId, newToken, sha256 } from "@/lib/crypto/tokens";
import { getDb } from "@/lib/db/client";

export const SETUP_TTL_MS = 24 * 60 * 60 * 1000;

export async function hasAdmin(): Promise<boolean> {
  return (await getDb().user.count({ where: { role: "admin" } })) > 0;
}

/** Returns a fresh setup URL, or null when an admin already exists. */
export async function issueSetupLink(): Promise<string | null> {
  if (await hasAdmin()) return null;
  const db = getDb();
  const token = newToken();
  await db.$transaction([
    db.setupToken.updateMany({ where: { usedAt: null }, data: { usedAt: new Date() } }),
    db.setupToken.create({
      data: {
        id: newId(),
        tokenHash: sha256(token),
        expiresAt: new Date(Date.now() + SETUP_TTL_MS),
      },
    }),
  ]);
  const url = new URL("/console/setup", getConfig().origin);
  url.searchParams.set("token", token);
  return url.toString();
}

export async function isSetupTokenValid(token: string | undefined): Promise<boolean> {
  if (!token) return false;
  const row = await getDb().setupToken.findUnique({ where: { tokenHash: sha256(token) } });
  return Boolean(row && !row.usedAt && row.expiresAt.getTime() > Date.now()) && !(await hasAdmin());
}
