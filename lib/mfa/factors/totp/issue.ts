// Issuing a TOTP secret: the otpauth:// URI authenticator apps read and its QR code, built once
// here for the sign-in flow, the account page and the Management API alike.
import QRCode from "qrcode";
import { AppError } from "@/lib/core/errors";
import { isValidTotpSecret, newTotpSecret, otpauthUri } from "./codes";

export type TotpEnrollment = { secret: string; secretQrCode: string; otpauthUri: string };

/**
 * The QR code and link for a secret. `issuer` is the product's name the user's app shows (the
 * branding's productName); apps keep it from the scan, so later renames leave old entries be.
 */
export async function enrollmentFor(
  secret: string,
  account: string,
  issuer: string,
): Promise<TotpEnrollment> {
  const uri = otpauthUri({ issuer, account, secret });
  return {
    secret,
    secretQrCode: await QRCode.toDataURL(uri, { margin: 1, width: 240 }),
    otpauthUri: uri,
  };
}

/** A new secret, or the supplied one when valid. Throws user.totp_secret_invalid. */
export function issueTotpSecret(supplied?: string): string {
  if (supplied !== undefined && !isValidTotpSecret(supplied)) {
    throw new AppError("user.totp_secret_invalid");
  }
  return supplied ?? newTotpSecret();
}
