// The typed records a flow keeps. Each verification proves one thing in this flow and has its
// own id; later factors (TOTP, WebAuthn, backup codes) join the union without reshaping it.
import { z } from "zod";
import { FactorTypeSchema } from "@/lib/mfa/factor-types";
import { PasskeyCredentialSchema } from "@/lib/mfa/factors/webauthn/credential";

export const FlowEventSchema = z.enum(["SignIn", "Register"]);
export type FlowEvent = z.output<typeof FlowEventSchema>;
/**
 * A flow's kind: a sign-in or registration (experience), or an account re-verification, which
 * proves a signed-in user's identity again before factor changes and never yields a session.
 */
export type FlowKind = FlowEvent | "Account";

export type FlowStatus = "active" | "completed" | "consumed";

const base = { id: z.string(), createdAt: z.string() };

export const PasswordVerificationSchema = z.object({
  ...base,
  type: z.literal("Password"),
  userId: z.string(),
});

export const NewPasswordIdentitySchema = z.object({
  ...base,
  type: z.literal("NewPasswordIdentity"),
  username: z.string().nullable(),
  primaryEmail: z.string().nullable(),
  passwordHash: z.string(),
});

/** A TOTP check: of the user's stored secret, or of a new secret (`secret`, sealed) to bind. */
export const TotpVerificationSchema = z.object({
  ...base,
  type: z.literal("Totp"),
  isNew: z.boolean(),
  secret: z.string().optional(),
  verified: z.boolean(),
  step: z.number().optional(),
});

/**
 * A backup code spent in this flow, or a new set to bind: its hashes, and until it is bound the
 * codes themselves, sealed, so a reloaded page shows the same set (ARCHITECTURE.md).
 */
export const BackupCodeVerificationSchema = z.object({
  ...base,
  type: z.literal("BackupCode"),
  isNew: z.boolean(),
  hashes: z.array(z.string()).optional(),
  sealedCodes: z.string().optional(),
  verified: z.boolean(),
});

/** A WebAuthn ceremony; the challenge is cleared once used, so it serves one attempt. */
export const WebAuthnVerificationSchema = z.object({
  ...base,
  type: z.literal("WebAuthn"),
  isNew: z.boolean(),
  challenge: z.string().nullable(),
  verified: z.boolean(),
  credential: PasskeyCredentialSchema.optional(),
  agent: z.string().nullable().optional(),
  /** The name the user gave a new passkey before binding it. */
  name: z.string().optional(),
  /** When the challenge stops being accepted (ISO time). */
  challengeExpiresAt: z.string().optional(),
  /** The verified credential's device type (`singleDevice` → hwk, `multiDevice` → swk). */
  deviceType: z.string().optional(),
});

/**
 * A sign-in with a passkey alone (discoverable credential, user verification required): it
 * identifies the user and counts as both factors. `userId` is the credential's owner, set once
 * the assertion checked out.
 */
export const PasskeyVerificationSchema = z.object({
  ...base,
  type: z.literal("Passkey"),
  challenge: z.string().nullable(),
  challengeExpiresAt: z.string().optional(),
  verified: z.boolean(),
  userId: z.string().optional(),
  deviceType: z.string().optional(),
  /**
   * Identifier first: the user the allow list named (only their credentials count), or null
   * when the identifier named no user with passkeys (decoys were offered: nothing counts).
   * Absent for a discoverable sign-in.
   */
  forUserId: z.string().nullable().optional(),
});

/**
 * The signed-in session an app's step-up continues: the user is identified by it (no password
 * again), and its amr carries over into the new, stronger session that replaces it.
 */
export const SessionVerificationSchema = z.object({
  ...base,
  type: z.literal("Session"),
  userId: z.string(),
  sessionId: z.string(),
  amr: z.array(z.string()),
});

/**
 * A remembered device this browser presented at identification: it stands in for the policy's
 * second factor (never for an app's step-up) and adds nothing to amr.
 */
export const TrustedDeviceVerificationSchema = z.object({
  ...base,
  type: z.literal("TrustedDevice"),
  deviceId: z.string(),
});

export const VerificationRecordSchema = z.discriminatedUnion("type", [
  PasswordVerificationSchema,
  NewPasswordIdentitySchema,
  TotpVerificationSchema,
  BackupCodeVerificationSchema,
  WebAuthnVerificationSchema,
  PasskeyVerificationSchema,
  SessionVerificationSchema,
  TrustedDeviceVerificationSchema,
]);
export type VerificationRecord = z.output<typeof VerificationRecordSchema>;
export type VerificationType = VerificationRecord["type"];

export const FlowDataSchema = z.object({
  verifications: z.array(VerificationRecordSchema).default([]),
  /**
   * The verification the flow was identified by (a password, a passkey sign-in, or a new identity
   * at registration).
   */
  identifiedBy: z.string().optional(),
  /** Registration: the id the new user will get, known early so passkeys can carry it. */
  newUserId: z.string().optional(),
  /**
   * Same-origin path to land on after sign-in. An `/oidc/interaction/<uid>` path binds the flow
   * to that provider interaction (lib/oidc/requirement.ts): its app's level applies to the flow.
   */
  returnTo: z.string().optional(),
  /** New factors to store for the user when the flow completes. */
  bindings: z.array(z.object({ type: FactorTypeSchema, verificationId: z.string() })).default([]),
  /** The user skipped the enrollment prompt in this flow. */
  skipped: z.boolean().default(false),
  /** The user asked to remember this browser; the device is stored when the session is minted. */
  rememberDevice: z.boolean().optional(),
});
export type FlowData = z.output<typeof FlowDataSchema>;

export type Flow = {
  id: string;
  event: FlowKind;
  userId: string | null;
  status: FlowStatus;
  version: number;
  mfaFailures: number;
  expiresAt: Date;
  data: FlowData;
};
