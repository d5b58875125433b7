// The sanitised view of a flow for the hosted pages and custom UIs: no hashes, no tokens, and no
// id of an identity proof (password, new identity), which is all identification asks for: a
// planted flow token read before identification must not let its holder identify as the user.
import { getDb } from "@/lib/db/client";
import { attemptsLeft } from "./mfa/attempts";
import { assertExperience } from "./records";
import type { Flow } from "./types";

const IDENTITY_PROOFS = new Set(["Password", "NewPasswordIdentity", "Session", "Passkey"]);

export async function describeFlow(flow: Flow) {
  const user = flow.userId
    ? await getDb().user.findUnique({
        where: { id: flow.userId },
        select: { id: true, username: true, primaryEmail: true },
      })
    : null;
  return {
    event: assertExperience(flow),
    status: flow.status,
    expiresAt: flow.expiresAt.toISOString(),
    identified: Boolean(flow.data.identifiedBy),
    // A count the page shows anyway ("1 attempt left"); it names no factor and no secret.
    mfaAttemptsLeft: attemptsLeft(flow),
    user,
    verifications: flow.data.verifications.map((r) =>
      IDENTITY_PROOFS.has(r.type) ? { type: r.type } : { id: r.id, type: r.type },
    ),
  };
}
