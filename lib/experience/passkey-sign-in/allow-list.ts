// Identifier-first passkey sign-in: the credentials to allow for a typed username or email, so
// non-discoverable passkeys (security keys) work too. An identifier with no user, or a user with
// no passkeys, gets decoy credential ids derived from the identifier with a secret key: the same
// name always gets the same list, so the answer does not say whether the account exists or has
// passkeys (ARCHITECTURE.md, "Passkey sign-in").
import { createHmac } from "node:crypto";
import { deriveKey } from "@/lib/crypto/keys";
import { getDb } from "@/lib/db/client";
import type { StoredCredential } from "@/lib/mfa/factors/webauthn/ceremony";
import { findUserByIdentifier } from "@/lib/users/find-user";
import { type Identifier, normalizeEmail, normalizeUsername } from "@/lib/users/identifiers";
import { storedCredential } from "../mfa/webauthn";

export type AllowList = { credentials: StoredCredential[]; forUserId: string | null };

function decoys(identifier: Identifier): StoredCredential[] {
  const name =
    identifier.type === "email"
      ? `email:${normalizeEmail(identifier.value)}`
      : `username:${normalizeUsername(identifier.value)}`;
  const mac = (label: string) =>
    createHmac("sha256", deriveKey("passkey-decoys")).update(`${label}\n${name}`).digest();
  // One or two, as most people hold; 16 bytes, as platform authenticators make them.
  const count = 1 + ((mac("count")[0] ?? 0) % 2);
  return Array.from({ length: count }, (_, i) => ({
    credentialId: mac(`id${i}`).subarray(0, 16).toString("base64url"),
    publicKey: "",
    counter: 0n,
    transports: ["internal", "hybrid"],
  }));
}

export async function allowListFor(identifier: Identifier): Promise<AllowList> {
  const user = await findUserByIdentifier(identifier);
  const rows = user
    ? await getDb().mfaFactor.findMany({ where: { userId: user.id, type: "WebAuthn" } })
    : [];
  const credentials = rows.flatMap(storedCredential);
  if (!user || credentials.length === 0)
    return { credentials: decoys(identifier), forUserId: null };
  return { credentials, forUserId: user.id };
}
