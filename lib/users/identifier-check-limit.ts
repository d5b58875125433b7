// Registration tells people when a username or email is taken (they need to know), which also
// lets anyone probe for accounts. This caps those availability checks per client IP, counted in
// the database like every other lockout. Every check counts, taken or free: it is the probing
// that is limited, not failures. A caller whose IP is unknown shares one subject with every
// other such caller: behind a proxy that hides addresses this throttles registration for all of
// them together, which we prefer to leaving such callers unthrottled. Operators whose users share
// one address (a campus NAT on launch day) raise TWOFOLD_IDENTIFIER_CHECKS_PER_HOUR.
import { getConfig } from "@/lib/config";
import type { RequestMeta } from "@/lib/core/request-meta";
import { identifierCheckPool, reserveAttempt } from "@/lib/sentinel/pool";

const POOL = "IdentifierCheck";

export function identifierCheckKey(meta: RequestMeta) {
  return { subject: `ip:${meta.ip ?? "unknown"}`, pool: POOL };
}

/** Counts one availability check; throws session.verification_blocked_too_many_attempts. */
export async function assertIdentifierCheckAllowed(meta: RequestMeta): Promise<void> {
  // The reservation is never marked a success: each check spends one of the hour's checks, and
  // reserving before the check keeps parallel probes within the limit.
  await reserveAttempt(
    identifierCheckKey(meta),
    identifierCheckPool(getConfig().identifierChecksPerHour),
  );
}
