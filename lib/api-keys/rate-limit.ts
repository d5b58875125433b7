// Per-key fixed-window rate limit, counted in the database so every instance shares it.

import { AppError } from "@/lib/core/errors";
import { getDb } from "@/lib/db/client";

export const RATE_LIMIT = { requests: 600, windowSeconds: 60 };

/** Throws guard.too_many_requests with `retryAfter` seconds when the key is over its limit. */
export async function takeRateLimit(
  key: string,
  limit = RATE_LIMIT,
  now = Date.now(),
): Promise<void> {
  const windowMs = limit.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
  const row = await getDb().rateLimitWindow.upsert({
    where: { key_windowStart: { key, windowStart } },
    create: { key, windowStart, count: 1 },
    update: { count: { increment: 1 } },
  });
  if (row.count > limit.requests) {
    const retryAfter = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now) / 1000));
    throw new AppError("guard.too_many_requests", { retryAfter });
  }
}
