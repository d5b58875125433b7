// Binding: a verified new factor joins the flow's list of factors to store at completion.

import { AppError } from "@/lib/core/errors";
import { getDb } from "@/lib/db/client";
import type { FactorType } from "@/lib/mfa/factor-types";
import { getSettings } from "@/lib/settings/store";
import { saveFlow } from "../flow-store";
import { getRecord } from "../records";
import type { Flow } from "../types";
import { flowSubject } from "./guard";
import { withoutSealedCodes } from "./pending-backup-codes";

async function storedTypes(userId: string | null): Promise<FactorType[]> {
  if (!userId) return [];
  const factors = await getDb().mfaFactor.findMany({ where: { userId }, select: { type: true } });
  return factors.map((f) => f.type as FactorType);
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
  const have = [...(await storedTypes(userId)), ...flow.data.bindings.map((b) => b.type)];
  if (type === "Totp" && have.includes("Totp")) throw new AppError("user.totp_already_in_use");
  if (type === "BackupCode" && !have.some((t) => t !== "BackupCode")) {
    throw new AppError("session.mfa.backup_code_can_not_be_alone");
  }
  const bindings = [
    ...flow.data.bindings.filter((b) => b.type !== type || type === "WebAuthn"),
    { type, verificationId },
  ];
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
  if (!bindings.some((b) => b.type !== "BackupCode")) bindings = [];
  await saveFlow(flow, { data: { ...flow.data, bindings } });
}
