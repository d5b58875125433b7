// AES-256-GCM for secrets at rest (TOTP secrets, client secrets, signing keys):
// `v1.<iv>.<tag>.<ciphertext>` in base64url, under a key derived from TWOFOLD_SECRET for that
// purpose only, so one leaked purpose key opens nothing else.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { deriveKey, type KeyPurpose } from "./keys";

type SealPurpose = Extract<
  KeyPurpose,
  "totp-encryption" | "oidc-signing-keys" | "application-secrets" | "demo-cookie"
>;

export function encryptSecret(plain: string, purpose: SealPurpose = "totp-encryption"): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", deriveKey(purpose), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/** Throws when the value was tampered with or encrypted under another secret. */
export function decryptSecret(sealed: string, purpose: SealPurpose = "totp-encryption"): string {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || body === undefined)
    throw new Error("unknown sealed secret format");
  const decipher = createDecipheriv(
    "aes-256-gcm",
    deriveKey(purpose),
    Buffer.from(iv, "base64url"),
  );
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([
    decipher.update(Buffer.from(body, "base64url")),
    decipher.final(),
  ]).toString("utf8");
}
