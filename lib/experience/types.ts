// The typed records a flow keeps. Each verification proves one thing in this flow and has its
// own id; later factors (TOTP, WebAuthn, backup codes) join the union without reshaping it.
import { z } from "zod";

export const FlowEventSchema = z.enum(["SignIn", "Register"]);
export type FlowEvent = z.output<typeof FlowEventSchema>;

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

export const VerificationRecordSchema = z.discriminatedUnion("type", [
  PasswordVerificationSchema,
  NewPasswordIdentitySchema,
]);
export type VerificationRecord = z.output<typeof VerificationRecordSchema>;
export type VerificationType = VerificationRecord["type"];

export const FlowDataSchema = z.object({
  verifications: z.array(VerificationRecordSchema).default([]),
  /** The verification the flow was identified by (a password, or a new identity at registration). */
  identifiedBy: z.string().optional(),
  /** Same-origin path to land on after sign-in. */
  returnTo: z.string().optional(),
});
export type FlowData = z.output<typeof FlowDataSchema>;

export type Flow = {
  id: string;
  event: FlowEvent;
  userId: string | null;
  status: FlowStatus;
  version: number;
  mfaFailures: number;
  expiresAt: Date;
  data: FlowData;
};
