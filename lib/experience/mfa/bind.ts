// Binding: a verified new factor joins the flow's list of factors to store at completion.

import { AppError } from "@/lib/core/errors";
import { getDb } from "@/lib/db/client";
import { factorSummaries } from "@/lib/mfa/factor-store";
import { FACTORS, type FactorType, isAuthenticator } from "@/lib/mfa/factors";
import { assertCanAdd, type Held } from "@/lib/mfa/factors/rules";
import { getSettings } from "@/lib/settings/store";
import { saveFlow } from "../flow-store";
import { getRecord } from "../records";
import type { Flow } from "../types";
import { flowSubject } from "./guard";
import { withoutSealedCodes } from "./pending-backup-codes";

/** What the flow's user holds for the factor rules: their stored factors and this flow's bindings. */
export async function heldInFlow(flow: Flow, userId: string | null): Promise<Held[]> {
  const stored = userId ? await factorSummaries(userId) : [];
  return [...stored, ...flow.data.bindings.map((b) => ({ type: b.type }))];
}

/**
 * Throws session.verification_not_found, session.mfa.verification_not_verified,
 * session.mfa.factor_not_enabled, user.totp_already_in_use, session.mfa.backup_code_can_not_be_alone.
 */
export async function bindMfa(flow: Flow, type: FactorType, verificationId: string): Promise<void> {
  const { userId } = flowSubject(flow);
  const record = getRecord(flow, verificationId, type);
  if (!("isNew" in record) || !record.isNew || !record.verified)
    throw new AppError("session.mfa.verification_not_verified");
  if (!(await getSettings()).mfa.factors.includes(type))
    throw new AppError("session.mfa.factor_not_enabled", { type });
  // A new code set replaces one bound earlier in the flow; other types keep their bindings.
  const others = flow.data.bindings.filter(
    (b) => b.type !== type || FACTORS[type].cardinality !== "set",
  );
  assertCanAdd(
    type,
    await heldInFlow({ ...flow, data: { ...flow.data, bindings: others } }, userId),
  );
  const bindings = [...others, { type, verificationId }];
  const verifications = withoutSealedCodes(flow.data.verifications, verificationId);
  await saveFlow(flow, { data: { ...flow.data, verifications, bindings } });
}

/**
 * After user.passkey_already_in_use: unbinds the new passkeys another account stored first, and
 * backup codes left without another factor, so the user can choose a method again.
 */
export async function unbindTakenPasskeys(flow: Flow): Promise<void> {
  const credentialOf = (verificationId: string) => {
    const record = flow.data.verifications.find((r) => r.id === verificationId);
    return record?.type === "WebAuthn" ? record.credential?.credentialId : undefined;
  };
  const ids = flow.data.bindings.flatMap((b) => credentialOf(b.verificationId) ?? []);
  const stored = await getDb().mfaFactor.findMany({
    where: { credentialId: { in: ids } },
    select: { credentialId: true },
  });
  const taken = new Set(stored.map((f) => f.credentialId));
  let bindings = flow.data.bindings.filter((b) => !taken.has(credentialOf(b.verificationId) ?? ""));
  if (!bindings.some((b) => isAuthenticator(b.type))) bindings = [];
  await saveFlow(flow, { data: { ...flow.data, bindings } });
}
