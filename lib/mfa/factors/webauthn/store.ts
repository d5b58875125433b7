// A user's passkey. Throws user.passkey_already_in_use when another flow stored the same
// credential first: the unique credential id decides the race.
import { AppError } from "@/lib/core/errors";
import { newId } from "@/lib/crypto/tokens";
import type { FactorDb } from "../store";
import type { PasskeyCredential } from "./credential";

export type NewPasskey = {
  type: "WebAuthn";
  name: string;
  agent: string | null;
  credential: PasskeyCredential;
};

export async function storePasskey(
  db: FactorDb,
  userId: string,
  factor: NewPasskey,
): Promise<string> {
  const id = newId();
  const c = factor.credential;
  await db.mfaFactor
    .create({
      data: {
        id,
        userId,
        type: "WebAuthn",
        name: factor.name,
        agent: factor.agent,
        credentialId: c.credentialId,
        publicKey: c.publicKey,
        counter: BigInt(c.counter),
        transports: JSON.stringify(c.transports),
        deviceType: c.deviceType,
        backedUp: c.backedUp,
        aaguid: c.aaguid,
      },
    })
    .catch((error: unknown) => {
      // The factor id is fresh, so the only unique value that can clash is the credential id.
      if ((error as { code?: string })?.code === "P2002") {
        throw new AppError("user.passkey_already_in_use");
      }
      throw error;
    });
  return id;
}
