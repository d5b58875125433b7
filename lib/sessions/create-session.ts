// Sessions are rows keyed by the SHA-256 of an opaque cookie token, so they can be revoked one
// by one or all at once. Only lib/experience/complete-flow.ts creates them.

import type { RequestMeta } from "@/lib/core/request-meta";
import { newId, newToken, sha256 } from "@/lib/crypto/tokens";
import type { RawDb } from "@/lib/db/direct";

export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

export type SignInFacts = {
  /** The RFC 8176 values the sign-in proved, kept so apps learn the session's level. */
  amr: string[];
  /** The provider interaction the sign-in answered, if it was an app's. */
  oidcInteraction?: string;
};

/** One raw insert (the model create, returning the row, costs ten times as much). */
export async function createSession(
  db: Pick<RawDb, "$executeRaw">,
  userId: string,
  meta: RequestMeta,
  facts: SignInFacts = { amr: ["pwd"] },
) {
  const token = newToken();
  const expiresAt = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000);
  const now = new Date();
  const session = { id: newId(), createdAt: now, expiresAt };
  await db.$executeRaw`
    INSERT INTO "Session"
      ("id", "tokenHash", "userId", "createdAt", "expiresAt", "ip", "userAgent", "amr",
       "oidcInteraction")
    VALUES (${session.id}, ${sha256(token)}, ${userId}, ${now}, ${expiresAt},
      ${meta.ip ?? null}, ${meta.userAgent ?? null}, ${JSON.stringify(facts.amr)}, ${facts.oidcInteraction ?? null})`;
  return { token, session };
}
