// Whether a factor type is locked for the flow's user, read from their lockout pool: what the
// "Too many attempts" page says comes from here, never from its URL.
import type { FactorType } from "@/lib/mfa/factors";
import { mfaPool, poolKey } from "@/lib/sentinel/mfa-pools";
import { type PoolState, poolState } from "@/lib/sentinel/pool";
import type { Flow } from "../types";
import { flowSubject } from "./guard";

/** Registration counts only the flow's own attempts: a user not yet stored has no pool. */
export async function factorLock(flow: Flow, type: FactorType): Promise<PoolState> {
  const { userId } = flowSubject(flow);
  if (!userId) return { locked: false };
  return poolState(poolKey(userId, type), await mfaPool());
}
