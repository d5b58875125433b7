// Ends the session a cookie token belongs to, with an audit event.
import { recordAudit } from "@/lib/audit/record";
import type { RequestMeta } from "@/lib/core/request-meta";
import { sha256 } from "@/lib/crypto/tokens";
import { getDb } from "@/lib/db/client";

export async function signOut(token: string | undefined, meta?: RequestMeta): Promise<void> {
  if (!token) return;
  const db = getDb();
  const tokenHash = sha256(token);
  const { count } = await db.session.updateMany({
    where: { tokenHash, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count !== 1) return;
  const session = await db.session.findUnique({ where: { tokenHash }, select: { userId: true } });
  if (!session) return;
  await recordAudit({
    type: "sign_out",
    actor: { type: "user", id: session.userId },
    userId: session.userId,
    meta,
  });
}
