// Purpose-bound keys derived from TWOFOLD_SECRET with HKDF-SHA-256, so one secret never serves
// two purposes directly.
import { hkdfSync } from "node:crypto";
import { getConfig } from "@/lib/config";

export type KeyPurpose =
  | "next-auth"
  | "totp-encryption"
  | "preview"
  | "oidc-cookies"
  | "oidc-signing-keys"
  | "application-secrets"
  | "demo-client"
  | "demo-cookie"
  | "passkey-decoys";

const cache = new Map<KeyPurpose, Buffer>();

export function deriveKey(purpose: KeyPurpose, length = 32): Buffer {
  let key = cache.get(purpose);
  if (!key) {
    key = Buffer.from(
      hkdfSync("sha256", getConfig().secret, "twofold", `twofold:${purpose}`, length),
    );
    cache.set(purpose, key);
  }
  return key;
}
