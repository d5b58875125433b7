// Mints the session from a completed flow, exactly once: the flow is consumed by a conditional
// update in the same transaction that creates the session, so a replayed or concurrent request
// finds nothing to consume.
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/core/errors";
import type { RequestMeta } from "@/lib/core/request-meta";
import { sha256 } from "@/lib/crypto/tokens";
import { getDb } from "@/lib/db/client";
import { createSession } from "@/lib/sessions/create-session";
import { safeReturnTo } from "./return-to";
import { FlowDataSchema } from "./types";

export type CompletedSignIn = { sessionToken: string; expiresAt: Date; returnTo: string };

/** Throws session.not_found when there is no completed, unconsumed, unexpired flow for the token. */
export async function completeFlow(
  flowToken: string | undefined,
  meta: RequestMeta,
): Promise<CompletedSignIn> {
  if (!flowToken) throw new AppError("session.not_found");
  const tokenHash = sha256(flowToken);
  const now = new Date();
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.experienceFlow.updateMany({
      where: {
        tokenHash,
        event: { in: ["SignIn", "Register"] },
        status: "completed",
        consumedAt: null,
        expiresAt: { gt: now },
      },
      data: { status: "consumed", consumedAt: now },
    });
    const flow = count === 1 ? await tx.experienceFlow.findUnique({ where: { tokenHash } }) : null;
    if (!flow?.userId) throw new AppError("session.not_found");
    const user = await tx.user.update({ where: { id: flow.userId }, data: { lastSignInAt: now } });
    const { token, session } = await createSession(tx, user.id, meta);
    await recordAudit({
      type: "sign_in.succeeded",
      actor: { type: "user", id: user.id },
      userId: user.id,
      meta,
      data: { event: flow.event, sessionId: session.id },
      db: tx,
    });
    // Checked again on the way out: a value stored before this rule cannot break the redirect.
    const returnTo = safeReturnTo(FlowDataSchema.parse(JSON.parse(flow.data)).returnTo);
    return {
      sessionToken: token,
      expiresAt: session.expiresAt,
      returnTo: returnTo ?? (user.role === "admin" ? "/console" : "/account"),
    };
  });
}
