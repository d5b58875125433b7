// Mints the session from a completed flow, exactly once: the flow is consumed by a conditional
// update in the same transaction that creates the session, so a replayed or concurrent request
// finds nothing to consume. The session keeps the amr the flow proved; a step-up flow replaces
// the session it continued, which ends in the same transaction. A flow that chose to remember
// the browser stores its device here too, so the device cookie is set with the session's.

import { interactionUid } from "@/lib/assurance/requirement";
import { recordAudit } from "@/lib/audit/record";
import { signInMethodOfFlow } from "@/lib/audit/sign-in-method";
import { AppError } from "@/lib/core/errors";
import type { RequestMeta } from "@/lib/core/request-meta";
import { direct } from "@/lib/db/client";
import { createSession } from "@/lib/sessions/create-session";
import { getSettings } from "@/lib/settings/store";
import { type TrustedDeviceCookie, trustDevice } from "@/lib/trusted-devices/trust-device";
import { flowAmr } from "./amr";
import { consumeCompletedFlow } from "./flow-store";
import { safeReturnTo } from "./return-to";

export type CompletedSignIn = {
  sessionToken: string;
  expiresAt: Date;
  returnTo: string;
  /** Set when the flow chose "Don't ask again on this device": the cookie to hand over. */
  trustedDevice?: TrustedDeviceCookie;
};

/** Throws session.not_found when there is no completed, unconsumed, unexpired flow for the token. */
export async function completeFlow(
  flowToken: string | undefined,
  meta: RequestMeta,
): Promise<CompletedSignIn> {
  if (!flowToken) throw new AppError("session.not_found");
  const now = new Date();
  const { trustedDevice: remembering } = await getSettings();
  // Raw statements on the direct connection, every one inside the transaction: this runs once
  // per sign-in, and Prisma's pipeline cost more than the statements.
  return direct().transaction(async (tx) => {
    const parsed = await consumeCompletedFlow(tx, flowToken, now);
    if (!parsed?.userId) throw new AppError("session.not_found");
    const [user] = await tx.$queryRaw<{ id: string; role: string }[]>`
      UPDATE "User" SET "lastSignInAt" = ${now}, "updatedAt" = ${now}
      WHERE "id" = ${parsed.userId} RETURNING "id", "role"`;
    if (!user) throw new AppError("session.not_found");
    const { data } = parsed;
    const continued = data.verifications.flatMap((r) => (r.type === "Session" ? [r] : []));
    for (const record of continued) {
      await tx.$executeRaw`
        UPDATE "Session" SET "revokedAt" = ${now}
        WHERE "id" = ${record.sessionId} AND "userId" = ${user.id} AND "revokedAt" IS NULL`;
    }
    const amr = flowAmr(parsed);
    const oidcInteraction = interactionUid(data.returnTo);
    const { token, session } = await createSession(tx, user.id, meta, { amr, oidcInteraction });
    await recordAudit({
      type: "sign_in.succeeded",
      actor: { type: "user", id: user.id },
      userId: user.id,
      meta,
      data: {
        event: parsed.event,
        sessionId: session.id,
        amr,
        method: signInMethodOfFlow(data.verifications, amr),
      },
      db: tx,
    });
    // Submit allowed the choice; a setting switched off since then still wins.
    const trustedDevice =
      data.rememberDevice && remembering.enabled
        ? await trustDevice(tx, { userId: user.id, days: remembering.days, meta })
        : undefined;
    // Checked again on the way out: a value stored before this rule cannot break the redirect.
    const returnTo = safeReturnTo(data.returnTo);
    return {
      sessionToken: token,
      expiresAt: session.expiresAt,
      returnTo: returnTo ?? (user.role === "admin" ? "/console" : "/account"),
      trustedDevice,
    };
  });
}
