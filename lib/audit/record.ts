// Appends an audit event. Callers pass what happened, to whom and by whom; details go in `data`
// and must never contain secrets, codes or hashes: anyone who reads the log could use them.

import type { RequestMeta } from "@/lib/core/request-meta";
import { newId } from "@/lib/crypto/tokens";
import { direct } from "@/lib/db/client";
import type { RawDb } from "@/lib/db/direct";

export const AUDIT_EVENT_TYPES = [
  "user.registered",
  "sign_in.succeeded",
  "sign_in.failed",
  "sign_in.blocked",
  "sign_out",
  "admin.setup_completed",
  "settings.updated",
  "mfa.enrolled",
  "mfa.verified",
  "mfa.verification_failed",
  "mfa.skipped",
  "mfa.locked",
  "mfa.backup_code_used",
  "mfa.counter_regression",
  "mfa.factor_removed",
  "mfa.reset",
  "mfa.unlocked",
  "mfa.required_changed",
  "mfa.factor_renamed",
  "mfa.device_trusted",
  "mfa.trusted_device_used",
  "mfa.trusted_device_revoked",
  "account.reverified",
  "account.reverification_failed",
  "api_key.created",
  "api_key.revoked",
  "user.created",
  "user.deleted",
  "sessions.revoked",
  "user.updated",
  "application.created",
  "application.updated",
  "application.deleted",
  "application.secret_rotated",
  "oidc.sign_in",
  "oidc.grant_created",
  "oidc.refresh_failed",
  "oidc.logout",
  "oidc.signing_key_rotated",
] as const;

export type AuditEventType = (typeof AUDIT_EVENT_TYPES)[number];

export type AuditActor = { type: "user" | "admin" | "system" | "api_key"; id?: string | null };

export type RecordAuditOptions = {
  type: AuditEventType;
  actor: AuditActor;
  userId?: string | null;
  meta?: RequestMeta;
  data?: Record<string, unknown>;
  /** Pass a transaction client so the event commits or rolls back with the change it records. */
  db?: Pick<RawDb, "$executeRaw">;
};

/** One raw insert: events are written on every sign-in step, and the model create costs 10×. */
export async function recordAudit(options: RecordAuditOptions): Promise<void> {
  const db = options.db ?? direct();
  const { actor, meta } = options;
  await db.$executeRaw`
    INSERT INTO "AuditEvent"
      ("id", "type", "actorType", "actorId", "userId", "ip", "userAgent", "data", "createdAt")
    VALUES (${newId()}, ${options.type}, ${actor.type}, ${actor.id ?? null},
      ${options.userId ?? null}, ${meta?.ip ?? null}, ${meta?.userAgent ?? null},
      ${JSON.stringify(options.data ?? {})}, ${new Date()})`;
}
