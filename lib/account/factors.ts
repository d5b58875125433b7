// A signed-in user's own factors: list, add (TOTP, passkey), rename a passkey, remove, and replace
// the backup codes. Every add, replace and remove needs a fresh re-verification (reverify.ts);
// each change is an audit event with the user as actor.
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/core/errors";
import type { RequestMeta } from "@/lib/core/request-meta";
import { getDb } from "@/lib/db/client";
import { findAccountFlow, saveFlow } from "@/lib/experience/flow-store";
import { factorFor } from "@/lib/experience/mfa/apply-profile";
import { createTotpSecret, verifyTotp } from "@/lib/experience/mfa/totp";
import {
  finishWebAuthnRegistration,
  startWebAuthnRegistration,
} from "@/lib/experience/mfa/webauthn";
import type { Flow } from "@/lib/experience/types";
import { changeFactors, type NewFactor, storeFactor } from "@/lib/mfa/factor-store";
import type { FactorType } from "@/lib/mfa/factor-types";
import { isAuthenticator } from "@/lib/mfa/factors";
import { issueBackupCodes } from "@/lib/mfa/factors/backup-code/issue";
import { assertCanAdd } from "@/lib/mfa/factors/rules";
import { isMandatory } from "@/lib/mfa/policy";
import { getSettings } from "@/lib/settings/store";
import { listUserFactors } from "@/lib/users/mfa/list-factors";
import { removeFactor } from "@/lib/users/mfa/manage-factors";
import { type AccountCaller, getReverification, requireReverified } from "./reverify";

const actorOf = (caller: AccountCaller) => ({ type: "user" as const, id: caller.id });

/** What the account security page shows. */
export async function accountSecurity(caller: AccountCaller) {
  const [{ mfa }, user, factors, reverification] = await Promise.all([
    getSettings(),
    getDb().user.findUniqueOrThrow({ where: { id: caller.id } }),
    listUserFactors(caller.id),
    getReverification(caller),
  ]);
  const twoStepOn = factors.some((f) => isAuthenticator(f.type) && mfa.factors.includes(f.type));
  return {
    factors,
    enabledFactors: mfa.factors,
    required: isMandatory({ policy: mfa.policy, user }),
    twoStepOn,
    reverification,
  };
}

/** The flow again after a step saved it, so the record read is the one just verified. */
async function reloaded(caller: AccountCaller): Promise<Flow> {
  const flow = await findAccountFlow(caller.sessionId, caller.id);
  if (!flow) throw new AppError("account.reverification_required");
  return flow;
}

/**
 * Marks the record as bound in the account flow (so it cannot be bound twice) and stores the
 * factor, in one transaction under the user's factor lock, where the type's rules are checked
 * against what the user holds then.
 */
async function bindToUser(
  caller: AccountCaller,
  flow: Flow,
  verificationId: string,
  factor: NewFactor,
  meta: RequestMeta,
) {
  if (flow.data.bindings.some((b) => b.verificationId === verificationId))
    throw new AppError("session.verification_not_found");
  return changeFactors(caller.id, async (tx, held) => {
    assertCanAdd(factor.type, held);
    const bindings = [...flow.data.bindings, { type: factor.type, verificationId }];
    await saveFlow(flow, { data: { ...flow.data, bindings } }, { db: tx });
    const factorId = await storeFactor(tx, caller.id, factor);
    await recordAudit({
      type: "mfa.enrolled",
      actor: actorOf(caller),
      userId: caller.id,
      meta,
      data: { factor: factor.type, factorId, source: "account" },
      db: tx,
    });
    return factorId;
  });
}

/** Throws account.reverification_required, session.mfa.factor_not_enabled, user.totp_already_in_use. */
export async function startTotpEnrollment(caller: AccountCaller) {
  return createTotpSecret(await requireReverified(caller));
}

/** Throws session.mfa.invalid_totp_code, user.totp_already_in_use and the guards' errors. */
export async function confirmTotpEnrollment(
  caller: AccountCaller,
  { verificationId, code }: { verificationId: string; code: string },
  meta: RequestMeta,
) {
  await verifyTotp(await requireReverified(caller), { code, verificationId, meta });
  const flow = await reloaded(caller);
  const factor = factorFor(flow, { type: "Totp", verificationId });
  const factorId = await bindToUser(caller, flow, verificationId, factor, meta);
  return { type: "Totp" as const, id: factorId };
}

/** Throws account.reverification_required, session.mfa.factor_not_enabled. */
export async function startPasskeyRegistration(caller: AccountCaller, meta: RequestMeta) {
  return startWebAuthnRegistration(await requireReverified(caller), meta);
}

/** Throws session.mfa.webauthn_verification_failed and the guards' errors. */
export async function finishPasskeyRegistration(
  caller: AccountCaller,
  { verificationId, payload, name }: { verificationId: string; payload: unknown; name?: string },
  meta: RequestMeta,
) {
  await finishWebAuthnRegistration(await requireReverified(caller), verificationId, payload, meta);
  const flow = await reloaded(caller);
  const factor = factorFor(flow, { type: "WebAuthn", verificationId });
  const named =
    factor.type === "WebAuthn" && name?.trim() ? { ...factor, name: name.trim() } : factor;
  const factorId = await bindToUser(caller, flow, verificationId, named, meta);
  return { type: "WebAuthn" as const, id: factorId };
}

async function ownFactor(caller: AccountCaller, factorId: string) {
  const factor = await getDb().mfaFactor.findFirst({ where: { id: factorId, userId: caller.id } });
  if (!factor) throw new AppError("entity.not_found");
  return factor;
}

/** Renaming changes no security property, so it needs the session only. Throws entity.not_found. */
export async function renamePasskey(
  caller: AccountCaller,
  factorId: string,
  name: string,
  meta: RequestMeta,
) {
  const factor = await ownFactor(caller, factorId);
  if (factor.type !== "WebAuthn")
    throw new AppError("guard.invalid_input", {
      issues: [{ path: "name", message: "Only passkeys have names." }],
    });
  await getDb().mfaFactor.update({ where: { id: factor.id }, data: { name } });
  await recordAudit({
    type: "mfa.factor_renamed",
    actor: actorOf(caller),
    userId: caller.id,
    meta,
    data: { factor: "WebAuthn", factorId, from: factor.name, to: name },
  });
}

/**
 * Removes one of the user's factors (with the backup codes when it is the last authenticator, as
 * for admins). The last authenticator cannot go while MFA is mandatory for the user. Throws
 * account.reverification_required, entity.not_found, account.last_factor_required.
 */
export async function removeOwnFactor(caller: AccountCaller, factorId: string, meta: RequestMeta) {
  await requireReverified(caller);
  const { mfa } = await getSettings();
  const user = await getDb().user.findUniqueOrThrow({ where: { id: caller.id } });
  return removeFactor({
    userId: caller.id,
    factorId,
    actor: actorOf(caller),
    meta,
    mayRemove: (factor, factors) => {
      const otherUsable = factors.some(
        (f) =>
          f.id !== factor.id &&
          isAuthenticator(f.type) &&
          mfa.factors.includes(f.type as FactorType),
      );
      if (isAuthenticator(factor.type) && !otherUsable && isMandatory({ policy: mfa.policy, user }))
        throw new AppError("account.last_factor_required");
    },
  });
}

/**
 * Generates a new backup-code set, replacing the old one (used or not). Throws
 * account.reverification_required, session.mfa.factor_not_enabled,
 * session.mfa.backup_code_can_not_be_alone.
 */
export async function replaceBackupCodes(caller: AccountCaller, meta: RequestMeta) {
  await requireReverified(caller);
  const { mfa } = await getSettings();
  if (!mfa.factors.includes("BackupCode"))
    throw new AppError("session.mfa.factor_not_enabled", { type: "BackupCode" });
  const { codes, hashes } = await issueBackupCodes();
  // The old set goes and the new one arrives together, or neither does.
  const factorId = await changeFactors(caller.id, async (tx, held) => {
    assertCanAdd("BackupCode", held, { replaceSet: true });
    const id = await storeFactor(tx, caller.id, { type: "BackupCode", hashes });
    await recordAudit({
      type: "mfa.enrolled",
      actor: actorOf(caller),
      userId: caller.id,
      meta,
      data: {
        factor: "BackupCode",
        factorId: id,
        count: codes.length,
        replaced: true,
        source: "account",
      },
      db: tx,
    });
    return id;
  });
  return { type: "BackupCode" as const, id: factorId, codes };
}
