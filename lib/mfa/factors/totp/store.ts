// A user's authenticator app: the sealed secret and the last time step used (replay guard).
import { newId } from "@/lib/crypto/tokens";
import type { FactorDb } from "../store";

export type NewTotp = { type: "Totp"; secret: string; lastUsedStep: number | null };

export async function storeTotp(db: FactorDb, userId: string, factor: NewTotp): Promise<string> {
  const id = newId();
  await db.mfaFactor.create({
    data: { id, userId, type: "Totp", secret: factor.secret, lastUsedStep: factor.lastUsedStep },
  });
  return id;
}
