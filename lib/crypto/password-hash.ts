// argon2id for passwords and backup codes (m=19 MiB, t=2, p=1: OWASP's recommended minimum).
// The test harness may ask for cheap parameters (TWOFOLD_FAST_HASH, never in production) to keep
// suites fast.
import { hash, verify } from "@node-rs/argon2";
import { getConfig } from "@/lib/config";

const ARGON2ID = 2;
const PRODUCTION = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;
const FAST = { algorithm: ARGON2ID, memoryCost: 1024, timeCost: 1, parallelism: 1 } as const;

function params() {
  return getConfig().fastHash ? FAST : PRODUCTION;
}

export function hashSecret(plain: string): Promise<string> {
  return hash(plain, params());
}

/** False for a wrong secret or a malformed hash; never throws for bad input. */
export async function verifySecret(hashed: string, plain: string): Promise<boolean> {
  try {
    return await verify(hashed, plain);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/** Spends the same work as a real verification, so unknown users cost what known ones do. */
export async function verifyAgainstDummy(plain: string): Promise<false> {
  dummy ??= hashSecret("twofold-dummy-password-for-timing");
  await verifySecret(await dummy, plain);
  return false;
}
