// What storing a factor needs: the client (a transaction's, when the store is part of one).
import type { Db } from "@/lib/db/client";

export type FactorDb = Pick<Db, "mfaFactor" | "backupCode">;
