// The lockout rule, pure: whether a pool is locked given its newest failures and its last
// success. The sign-in steps (through pool.ts) and the console's user view both ask it, so the
// rule lives here once.

export type PoolPolicy = {
  maxAttempts: number;
  windowMinutes: number;
  lockMinutes: number;
  /** That many failures in a row (no success between) lock until a success is recorded. */
  hardLimit?: number;
};

/** `minutesLeft: null` is a hard lock: it lasts until a success is recorded. */
export type PoolState = { locked: false } | { locked: true; minutesLeft: number | null };

export type PoolHistory = {
  /** Failure times, newest first; the newest `historySize(policy)` are enough. */
  failures: readonly Date[];
  lastSuccess?: Date;
};

const MINUTE = 60_000;

/** How many of the newest failures the rule needs to see. */
export const historySize = (policy: PoolPolicy) =>
  Math.max(policy.maxAttempts, policy.hardLimit ?? 0);

/**
 * Locked when `hardLimit` failures came after the last success (until a success), or when
 * `maxAttempts` failures fall within `windowMinutes` (for `lockMinutes` after the newest).
 */
export function lockoutState(history: PoolHistory, policy: PoolPolicy, now: Date): PoolState {
  const { failures, lastSuccess } = history;
  if (policy.hardLimit) {
    const inARow = lastSuccess ? failures.filter((f) => f > lastSuccess) : failures;
    if (inARow.length >= policy.hardLimit) return { locked: true, minutesLeft: null };
  }
  const horizon = now.getTime() - (policy.windowMinutes + policy.lockMinutes) * MINUTE;
  const recent = failures.filter((f) => f.getTime() > horizon).slice(0, policy.maxAttempts);
  const newest = recent[0]?.getTime();
  const oldest = recent[policy.maxAttempts - 1]?.getTime();
  if (newest === undefined || oldest === undefined) return { locked: false };
  if (newest - oldest > policy.windowMinutes * MINUTE) return { locked: false };
  const unlocksAt = newest + policy.lockMinutes * MINUTE;
  if (unlocksAt <= now.getTime()) return { locked: false };
  return {
    locked: true,
    minutesLeft: Math.max(1, Math.ceil((unlocksAt - now.getTime()) / MINUTE)),
  };
}
