// Lockout pools: failures are rows in the database, so every process sees the same counts.
// A pool locks once it holds `maxAttempts` failures within the last `windowMinutes`, and stays
// locked until the oldest of those failures leaves the window.
import { newId } from "@/lib/crypto/tokens";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/http/errors";

export type PoolPolicy = { maxAttempts: number; windowMinutes: number };

/** Passwords: 100 failures per user per rolling hour (DESIGN §3). */
export const PASSWORD_POOL: PoolPolicy = { maxAttempts: 100, windowMinutes: 60 };

export type PoolKey = { subject: string; pool: string };

/** Minutes until the pool unlocks, or 0 when it is open. */
export async function minutesLocked(
  key: PoolKey,
  policy: PoolPolicy,
  now = new Date(),
): Promise<number> {
  const since = new Date(now.getTime() - policy.windowMinutes * 60_000);
  const failures = await getDb().sentinelAttempt.findMany({
    where: { subject: key.subject, pool: key.pool, success: false, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    take: policy.maxAttempts,
    select: { createdAt: true },
  });
  if (failures.length < policy.maxAttempts) return 0;
  const oldest = failures[failures.length - 1];
  if (!oldest) return 0;
  const unlocksAt = oldest.createdAt.getTime() + policy.windowMinutes * 60_000;
  return Math.max(1, Math.ceil((unlocksAt - now.getTime()) / 60_000));
}

/** Throws session.verification_blocked_too_many_attempts with the minutes left. */
export async function assertPoolOpen(key: PoolKey, policy: PoolPolicy): Promise<void> {
  const minutes = await minutesLocked(key, policy);
  if (minutes > 0) {
    throw new AppError("session.verification_blocked_too_many_attempts", { minutesLeft: minutes });
  }
}

export async function recordAttempt(key: PoolKey, success: boolean): Promise<void> {
  await getDb().sentinelAttempt.create({
    data: { id: newId(), subject: key.subject, pool: key.pool, success },
  });
}
