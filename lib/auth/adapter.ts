// next-auth's view of our session table. Sessions are created only by completeFlow (never by
// next-auth), so this adapter reads, extends and revokes; the cookie holds the opaque token and
// the table holds its hash.
import type { Adapter, AdapterSession, AdapterUser } from "next-auth/adapters";
import { sha256 } from "@/lib/crypto/tokens";
import { getDb } from "@/lib/db/client";
import { findActiveSession } from "@/lib/sessions/current";
import { signOut } from "@/lib/sessions/sign-out";

type UserRow = {
  id: string;
  username: string | null;
  primaryEmail: string | null;
  name: string | null;
  role: string;
};

export type TwofoldAdapterUser = AdapterUser & { username: string | null; role: string };

function toAdapterUser(user: UserRow): TwofoldAdapterUser {
  return {
    id: user.id,
    email: user.primaryEmail ?? "",
    emailVerified: null,
    name: user.name ?? user.username,
    username: user.username,
    role: user.role,
  };
}

export const sessionAdapter: Adapter = {
  async getSessionAndUser(sessionToken) {
    const session = await findActiveSession(sessionToken);
    if (!session) return null;
    const adapterSession: AdapterSession = {
      sessionToken,
      userId: session.userId,
      expires: session.expiresAt,
    };
    return { session: adapterSession, user: toAdapterUser(session.user) };
  },
  async updateSession({ sessionToken, expires }) {
    if (!expires) return null;
    const session = await getDb().session.update({
      where: { tokenHash: sha256(sessionToken) },
      data: { expiresAt: expires },
    });
    return { sessionToken, userId: session.userId, expires: session.expiresAt };
  },
  async deleteSession(sessionToken) {
    await signOut(sessionToken);
  },
};
