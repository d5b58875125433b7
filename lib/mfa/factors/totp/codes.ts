// TOTP (RFC 6238): SHA-1, 6 digits, 30 s steps, ±1 step accepted. Matching returns the time step
// that matched, so callers can refuse a step at or before the last one used (replay guard).
import { timingSafeEqual } from "node:crypto";
import { NodeCryptoPlugin } from "@otplib/plugin-crypto-node";
import { generateSecret, generateSync } from "otplib";

export const TOTP_PERIOD = 30;
export const TOTP_DIGITS = 6;
const WINDOW = 1;
const BASE32 = /^[A-Z2-7]+$/;
// Node's own HMAC: otplib's default (noble, pure JavaScript) took about 45 µs a code, and a
// verify computes three.
const crypto = new NodeCryptoPlugin();

/** 20 random bytes, base32: 32 characters. */
export function newTotpSecret(): string {
  return generateSecret();
}

/** Strict base32 of 16–32 characters (what the Management API accepts from admins). */
export function isValidTotpSecret(secret: string): boolean {
  return secret.length >= 16 && secret.length <= 32 && BASE32.test(secret);
}

export function totpStep(at: Date = new Date()): number {
  return Math.floor(at.getTime() / 1000 / TOTP_PERIOD);
}

export function totpCode(secret: string, step: number): string {
  return generateSync({ secret, epoch: step * TOTP_PERIOD, crypto });
}

/** True when the input could be a code at all: six digits, spaces allowed (checked before any attempt counts). */
export function isTotpCodeShape(code: string): boolean {
  return /^\d{6}$/.test(code.replace(/\s+/g, ""));
}

/** The matched step within ±1 of now, or null. Never throws for a malformed code. */
export function matchTotp(secret: string, code: string, at: Date = new Date()): number | null {
  if (!isTotpCodeShape(code)) return null;
  const typed = code.replace(/\s+/g, "");
  const now = totpStep(at);
  let matched: number | null = null;
  for (let step = now - WINDOW; step <= now + WINDOW; step++) {
    const expected = Buffer.from(totpCode(secret, step));
    if (timingSafeEqual(expected, Buffer.from(typed)) && matched === null) matched = step;
  }
  return matched;
}

export type OtpauthOptions = { issuer: string; account: string; secret: string };

/** otpauth://totp/<Issuer>:<account>?secret=…&issuer=…&algorithm=SHA1&digits=6&period=30 */
export function otpauthUri({ issuer, account, secret }: OtpauthOptions): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  const params = new URLSearchParams({
    secret,
    issuer,
    algorithm: "SHA1",
    digits: String(TOTP_DIGITS),
    period: String(TOTP_PERIOD),
  });
  return `otpauth://totp/${label}?${params}`;
}
