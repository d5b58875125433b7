// Submit: runs the submit rules in order (each may refuse with its own code), then completes
// the flow. Registration creates the user here, in one transaction with completing the flow, so
// a failure leaves nothing half-written. The session is minted later, by completeFlow.
import { recordAudit } from "@/lib/audit/record";
import { getConfig } from "@/lib/config";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/http/errors";
import type { RequestMeta } from "@/lib/http/request-meta";
import { createUser } from "@/lib/users/create-user";
import { saveFlow } from "./flow-store";
import { getRecord } from "./records";
import type { Flow } from "./types";

/** A check that must pass before a flow completes; throws an AppError to refuse. */
export type SubmitRule = (flow: Flow) => Promise<void>;

/** The rules every submit runs, in order. Second-factor rules are appended here. */
export const submitRules: SubmitRule[] = [];

export const COMPLETE_PATH = "/api/experience/complete";

/** Throws session.identifier_not_verified, whatever a submit rule throws, session.conflict. */
export async function submitFlow(flow: Flow, meta: RequestMeta): Promise<{ redirectTo: string }> {
  if (!flow.data.identifiedBy) throw new AppError("session.identifier_not_verified");
  for (const rule of submitRules) await rule(flow);
  if (flow.event === "Register") {
    await completeRegistration(flow, meta);
  } else {
    if (!flow.userId) throw new AppError("session.identifier_not_verified");
    await saveFlow(flow, { status: "completed", completedAt: new Date() });
  }
  return { redirectTo: new URL(COMPLETE_PATH, getConfig().origin).toString() };
}

async function completeRegistration(flow: Flow, meta: RequestMeta) {
  const identity = getRecord(flow, flow.data.identifiedBy ?? "", "NewPasswordIdentity");
  await getDb().$transaction(async (tx) => {
    const user = await createUser(tx, {
      username: identity.username,
      primaryEmail: identity.primaryEmail,
      passwordHash: identity.passwordHash,
    });
    await saveFlow(flow, { userId: user.id, status: "completed", completedAt: new Date() }, tx);
    await recordAudit({
      type: "user.registered",
      actor: { type: "user", id: user.id },
      userId: user.id,
      meta,
      db: tx,
    });
  });
}
