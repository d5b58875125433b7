// Client secrets: 32 random bytes, shown once, kept AES-256-GCM encrypted (the provider needs the
// plain value to compare client_secret_basic/post, so a hash would not do).
import { randomBytes } from "node:crypto";
import { decryptSecret, encryptSecret } from "@/lib/crypto/aes-gcm";

export function newClientSecret() {
  const secret = randomBytes(32).toString("base64url");
  return { secret, sealed: encryptSecret(secret, "application-secrets") };
}

// The provider looks its client up on every request, secret included: each sealed value is opened
// once (about 25 µs) and kept, a few hundred at most. A rotated secret is a new sealed value.
const OPENED_KEPT = 256;
const opened = new Map<string, string>();

export function openClientSecret(sealed: string) {
  let plain = opened.get(sealed);
  if (plain === undefined) {
    plain = decryptSecret(sealed, "application-secrets");
    if (opened.size >= OPENED_KEPT) opened.clear();
    opened.set(sealed, plain);
  }
  return plain;
}
