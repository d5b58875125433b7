// Lockout pools: attempts are rows in the database, so every process sees the same counts. An
// attempt reserves its row before it is evaluated, in a transaction serialised per pool (an
// advisory lock on PostgreSQL; the insert's write lock on SQLite), so N parallel attempts cannot
// all pass the check: at most the limit are evaluated. A reservation counts as a failure until it
// is marked a success, so a crash mid-attempt errs on the side of the lock.
import { AppError } from "@/lib/core/errors";
import { newId } from "@/lib/crypto/tokens";
import { direct } from "@/lib/db/client";
import type { RawDb } from "@/lib/db/direct";
import { join, lockForTransaction } from "@/lib/db/sql";
import { historySize, lockoutState, type PoolPolicy, type PoolState } from "./lockout";

export type { PoolPolicy, PoolState } from "./lockout";

/** Passwords: 100 failures per user per rolling hour (NIST 800-63B's per-account cap). */
export const PASSWORD_POOL: PoolPolicy = { maxAttempts: 100, windowMinutes: 60, lockMinutes: 60 };

/** A user's password pool (sign-in and re-verification share it); unknown identifiers have their own. */
export const passwordPoolKey = (subject: string): PoolKey => ({ subject, pool: "Password" });

/**
 * Username/email availability checks at registration, per client IP per rolling hour;
 * `maxAttempts` comes from TWOFOLD_IDENTIFIER_CHECKS_PER_HOUR (default 30).
 */
export const identifierCheckPool = (maxAttempts: number): PoolPolicy => ({
  maxAttempts,
  windowMinutes: 60,
  lockMinutes: 60,
});

export type PoolKey = {
  subject: string;
  pool: string;
  /** The pools whose successes end this pool's run of failures (its hard lock); itself if unset. */
  successesFrom?: readonly string[];
};

/** The pools whose successes count as this pool's last success. */
export const successPools = (key: PoolKey): readonly string[] => key.successesFrom ?? [key.pool];

/** A reserved attempt, and the pool's state should it fail. */
export type Reservation = { id: string; key: PoolKey; ifFailed: PoolState };

/**
 * The pool's last success (in any of its success pools) and newest failures, in one query: this
 * runs inside every attempt's reservation, so it is one round trip rather than two.
 */
async function readHistory(db: RawDb, key: PoolKey, policy: PoolPolicy, exclude = "") {
  const rows = await db.$queryRaw<{ kind: string; createdAt: Date }[]>`
    SELECT * FROM (
      SELECT 'success' AS "kind", "createdAt" FROM "SentinelAttempt"
      WHERE "subject" = ${key.subject} AND "pool" IN (${join(successPools(key))})
        AND "success" = TRUE
      ORDER BY "createdAt" DESC LIMIT 1
    ) AS "lastSuccess"
    UNION ALL
    SELECT * FROM (
      SELECT 'failure' AS "kind", "createdAt" FROM "SentinelAttempt"
      WHERE "subject" = ${key.subject} AND "pool" = ${key.pool} AND "success" = FALSE
        AND "id" <> ${exclude}
      ORDER BY "createdAt" DESC LIMIT ${historySize(policy)}
    ) AS "failures"`;
  const failures = rows.filter((r) => r.kind === "failure").map((r) => r.createdAt);
  // UNION ALL keeps each part's rows but not their order across engines: sort to be sure.
  failures.sort((a, b) => b.getTime() - a.getTime());
  return { failures, lastSuccess: rows.find((r) => r.kind === "success")?.createdAt };
}

export async function poolState(
  key: PoolKey,
  policy: PoolPolicy,
  now = new Date(),
): Promise<PoolState> {
  return lockoutState(await readHistory(direct(), key, policy), policy, now);
}

export function blockedError(state: PoolState, data: Record<string, unknown> = {}) {
  return new AppError("session.verification_blocked_too_many_attempts", {
    ...data,
    minutesLeft: state.locked ? state.minutesLeft : null,
  });
}

/** For steps that start a ceremony without evaluating a secret. Throws the lockout error. */
export async function assertPoolOpen(
  key: PoolKey,
  policy: PoolPolicy,
  data: Record<string, unknown> = {},
) {
  const state = await poolState(key, policy);
  if (state.locked) throw blockedError(state, data);
}

/**
 * Reserves one attempt in the pool before its secret is evaluated. Throws
 * session.verification_blocked_too_many_attempts (with `data` and the minutes left) when the
 * pool is locked; nothing is written then.
 */
export async function reserveAttempt(
  key: PoolKey,
  policy: PoolPolicy,
  data: Record<string, unknown> = {},
): Promise<Reservation> {
  const id = newId();
  const now = new Date();
  return direct().transaction(async (tx) => {
    await lockForTransaction(tx, `sentinel:${key.pool}:${key.subject}`);
    // On SQLite this write comes first so the transaction holds the write lock from here on.
    // Raw: the model create costs ten times as much.
    await tx.$executeRaw`
      INSERT INTO "SentinelAttempt" ("id", "subject", "pool", "success", "createdAt")
      VALUES (${id}, ${key.subject}, ${key.pool}, FALSE, ${now})`;
    const history = await readHistory(tx, key, policy, id);
    const state = lockoutState(history, policy, now);
    if (state.locked) throw blockedError(state, data);
    const failures = [now, ...history.failures];
    return { id, key, ifFailed: lockoutState({ ...history, failures }, policy, now) };
  });
}

/** The reserved attempt succeeded: it no longer counts as a failure. */
export async function markSucceeded(reservation: Reservation): Promise<void> {
  await direct().$executeRaw`
    UPDATE "SentinelAttempt" SET "success" = TRUE WHERE "id" = ${reservation.id}`;
}

/** The answer to a failed reserved attempt: the lockout once this failure reached the limit. */
export function failureAnswer(
  reservation: Reservation,
  error: AppError,
  data: Record<string, unknown> = {},
): AppError {
  return reservation.ifFailed.locked ? blockedError(reservation.ifFailed, data) : error;
}
