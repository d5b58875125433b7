// Random identifiers and opaque tokens. Tokens travel to the browser; only their SHA-256 is
// stored, so a database leak does not hand out live flows or sessions.
import { createHash, randomBytes, randomUUID } from "node:crypto";

export function newId(): string {
  return randomUUID();
}

export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}
