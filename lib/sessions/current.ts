// Resolves the signed-in user from the session cookie's token (the same lookup next-auth's
// adapter does), refusing revoked or expired sessions.
import { sha256 } from "@/lib/crypto/tokens";
import { getDb } from "@/lib/db/client";

/** The signed-in user, wherever it is read: pages, server actions, route handlers, /api/auth/session. */
export type SignedInUser = {
  id: string;
  username: string | null;
  primaryEmail: string | null;
  name: string | null;
  role: string;
};

/** A signed-in user with the session that signed them in (route handlers key on it). */
export type SessionOfUser = SignedInUser & { sessionId: string };

export async function findActiveSession(token: string) {
  const session = await getDb().session.findUnique({
    where: { tokenHash: sha256(token) },
    include: { user: true },
  });
  if (!session || session.revokedAt || session.expiresAt.getTime() <= Date.now()) return null;
  return session;
}

export async function userFromSessionCookie(
  token: string | undefined,
): Promise<SessionOfUser | undefined> {
  if (!token) return undefined;
  const session = await findActiveSession(token);
  if (!session) return undefined;
  const { user } = session;
  return {
    id: user.id,
    sessionId: session.id,
    username: user.username,
    primaryEmail: user.primaryEmail,
    name: user.name,
    role: user.role,
  };
}
