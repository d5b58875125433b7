// Client secrets: 32 random bytes, shown once, kept AES-256-GCM encrypted (the provider needs the
// plain value to compare client_secret_basic/post, so a hash would not do).
import { randomBytes } from "node:crypto";
import { decryptSecret, encryptSecret } from "@/lib/crypto/aes-gcm";

export function newClientSecret() {
  const secret = randomBytes(32).toString("base64url");
  return { secret, sealed: encryptSecret(secret, "application-secrets") };
}

export const openClientSecret = (sealed: string) => decryptSecret(sealed, "application-secrets");
