// Resolves the signed-in user from the session cookie's token (the same lookup next-auth's
// adapter does), refusing revoked or expired sessions.
import { sha256 } from "@/lib/crypto/tokens";
import { getDb } from "@/lib/db/client";

export type SignedInUser = {
  id: string;
  sessionId: string;
  username: string | null;
  primaryEmail: string | null;
  name: string | null;
  role: string;
};

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
): Promise<SignedInUser | undefined> {
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
