// At completion, inside the completing transaction: store the factors bound in the flow and
// remember a skipped prompt, with an audit event for each.
import { recordAudit } from "@/lib/audit/record";
import type { RequestMeta } from "@/lib/core/request-meta";
import type { Db } from "@/lib/db/client";
import { type FactorTx, lockFactors, type NewFactor, storeFactor } from "@/lib/mfa/factor-store";
import { assertCanAdd, type Held } from "@/lib/mfa/factors/rules";
import { describeDevice } from "@/lib/mfa/user-agent";
import { getRecord } from "../records";
import type { Flow } from "../types";

type Tx = FactorTx & Pick<Db, "user">;

/** The factor a verified record of the flow stores as (a passkey named by the user or its device). */
export function factorFor(flow: Flow, binding: Flow["data"]["bindings"][number]): NewFactor {
  const record = getRecord(flow, binding.verificationId, binding.type);
  const missing = () => new Error(`binding ${binding.verificationId} has no verified factor`);
  switch (record.type) {
    case "Totp":
      if (!record.secret || record.step === undefined) throw missing();
      return { type: "Totp", secret: record.secret, lastUsedStep: record.step };
    case "BackupCode":
      if (!record.hashes) throw missing();
      return { type: "BackupCode", hashes: record.hashes };
    case "WebAuthn":
      if (!record.credential) throw missing();
      return {
        type: "WebAuthn",
        name: record.name ?? describeDevice(record.agent ?? null),
        agent: record.agent ?? null,
        credential: record.credential,
      };
    default:
      return record satisfies never;
  }
}

/** Whether completing the flow stores anything here (factors, a skipped prompt). */
export function hasMfaProfile(flow: Flow): boolean {
  return flow.data.bindings.length > 0 || Boolean(flow.data.skipped);
}

/**
 * Stores the flow's bindings under the user's factor lock. Throws user.totp_already_in_use or
 * user.backup_code_already_in_use when another sign-in or the account page stored one of the
 * kind since the flow bound it.
 */
export async function applyMfaProfile(tx: Tx, flow: Flow, userId: string, meta: RequestMeta) {
  const held: Held[] = flow.data.bindings.length ? await lockFactors(tx, userId) : [];
  for (const binding of flow.data.bindings) {
    assertCanAdd(binding.type, held, { cardinalityOnly: true });
    held.push({ type: binding.type });
    const factorId = await storeFactor(tx, userId, factorFor(flow, binding));
    await recordAudit({
      type: "mfa.enrolled",
      actor: { type: "user", id: userId },
      userId,
      meta,
      data: { factor: binding.type, factorId },
      db: tx,
    });
  }
  if (flow.data.skipped) {
    await tx.user.update({ where: { id: userId }, data: { mfaSkipped: true } });
    await recordAudit({
      type: "mfa.skipped",
      actor: { type: "user", id: userId },
      userId,
      meta,
      db: tx,
    });
  }
}
