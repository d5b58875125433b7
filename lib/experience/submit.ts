// Submit: runs the submit rules in order (each may refuse with its own code), then completes
// the flow in one transaction: registration creates the user, bound factors are stored, and the
// flow is marked completed, so a failure leaves nothing half-written. The session is minted
// later, by completeFlow.
import { recordAudit } from "@/lib/audit/record";
import { getConfig } from "@/lib/config";
import { AppError } from "@/lib/core/errors";
import type { RequestMeta } from "@/lib/core/request-meta";
import { getDb } from "@/lib/db/client";
import { createUser } from "@/lib/users/create-user";
import { saveFlow } from "./flow-store";
import { applyMfaProfile, hasMfaProfile } from "./mfa/apply-profile";
import { unbindTakenPasskeys } from "./mfa/bind";
import { assertMayRememberDevice } from "./mfa/remember-device";
import { mfaSubmitRule } from "./mfa/submit-rule";
import { getRecord } from "./records";
import type { Flow } from "./types";

/** A check that must pass before a flow completes; throws an AppError to refuse. */
export type SubmitRule = (flow: Flow) => Promise<void>;

/** The rules every submit runs, in order. */
export const submitRules: SubmitRule[] = [mfaSubmitRule];

export const COMPLETE_PATH = "/api/experience/complete";

export type SubmitOptions = {
  /** "Don't ask again on this device": refused unless the flow may remember the browser. */
  rememberDevice?: boolean;
};

/**
 * Throws session.identifier_not_verified, session.mfa.trusted_device_not_allowed, whatever a
 * submit rule throws, session.conflict, user.passkey_already_in_use (the passkey is then unbound
 * from the flow).
 */
export async function submitFlow(
  flow: Flow,
  meta: RequestMeta,
  options: SubmitOptions = {},
): Promise<{ redirectTo: string }> {
  if (!flow.data.identifiedBy || (flow.event === "SignIn" && !flow.userId)) {
    throw new AppError("session.identifier_not_verified");
  }
  if (options.rememberDevice) await assertMayRememberDevice(flow);
  for (const rule of submitRules) await rule(flow);
  const remembering = options.rememberDevice || flow.data.rememberDevice;
  const chosen: Flow = { ...flow, data: { ...flow.data, rememberDevice: remembering } };
  await completeInTransaction(chosen, meta).catch(async (error: unknown) => {
    if (error instanceof AppError && error.code === "user.passkey_already_in_use") {
      await unbindTakenPasskeys(flow);
    }
    throw error;
  });
  return { redirectTo: new URL(COMPLETE_PATH, getConfig().origin).toString() };
}

async function completeInTransaction(flow: Flow, meta: RequestMeta) {
  // A plain sign-in writes only the flow: one conditional update needs no transaction.
  if (flow.event === "SignIn" && flow.userId && !hasMfaProfile(flow)) {
    await saveFlow(flow, { status: "completed", completedAt: new Date() });
    return;
  }
  return getDb().$transaction(async (tx) => {
    let userId = flow.userId;
    if (flow.event === "Register") {
      const identity = getRecord(flow, flow.data.identifiedBy ?? "", "NewPasswordIdentity");
      const user = await createUser(tx, {
        id: flow.data.newUserId,
        username: identity.username,
        primaryEmail: identity.primaryEmail,
        passwordHash: identity.passwordHash,
      });
      userId = user.id;
      await recordAudit({
        type: "user.registered",
        actor: { type: "user", id: user.id },
        userId,
        meta,
        db: tx,
      });
    }
    if (!userId) throw new AppError("session.identifier_not_verified");
    await applyMfaProfile(tx, flow, userId, meta);
    await saveFlow(flow, { userId, status: "completed", completedAt: new Date() }, { db: tx });
  });
}
