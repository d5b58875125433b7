// What the audit log calls each event type and which outcome it stands for. One table typed by
// AuditEventType, so a new type does not compile until it has a label.
import type { AuditActor, AuditEventType } from "./record";

/** What an event type means for security: a success, a failure, a refusal, a change, or a note. */
export type EventKind = "success" | "failure" | "blocked" | "change" | "info";

export const EVENT_LABELS: Record<AuditEventType, { label: string; kind: EventKind }> = {
  "user.registered": { label: "Registered", kind: "success" },
  "sign_in.succeeded": { label: "Signed in", kind: "success" },
  "sign_in.failed": { label: "Sign-in failed", kind: "failure" },
  "sign_in.blocked": { label: "Sign-in blocked by lockout", kind: "blocked" },
  sign_out: { label: "Signed out", kind: "info" },
  "admin.setup_completed": { label: "First admin created", kind: "change" },
  "settings.updated": { label: "Sign-in settings changed", kind: "change" },
  "mfa.enrolled": { label: "Second factor added", kind: "success" },
  "mfa.verified": { label: "Second factor verified", kind: "success" },
  "mfa.verification_failed": { label: "Second factor failed", kind: "failure" },
  "mfa.skipped": { label: "MFA prompt skipped", kind: "info" },
  "mfa.locked": { label: "Second factor locked", kind: "blocked" },
  "mfa.backup_code_used": { label: "Backup code used", kind: "info" },
  "mfa.counter_regression": { label: "Possible cloned passkey", kind: "failure" },
  "mfa.factor_removed": { label: "Second factor removed", kind: "change" },
  "mfa.reset": { label: "MFA reset", kind: "change" },
  "mfa.unlocked": { label: "Lockout cleared", kind: "change" },
  "mfa.required_changed": { label: "MFA requirement changed", kind: "change" },
  "mfa.factor_renamed": { label: "Passkey renamed", kind: "info" },
  "mfa.device_trusted": { label: "Device remembered", kind: "success" },
  "mfa.trusted_device_used": { label: "Remembered device skipped MFA", kind: "info" },
  "mfa.trusted_device_revoked": { label: "Remembered device removed", kind: "change" },
  "account.reverified": { label: "Identity confirmed", kind: "success" },
  "account.reverification_failed": { label: "Identity confirmation failed", kind: "failure" },
  "api_key.created": { label: "API key created", kind: "change" },
  "api_key.revoked": { label: "API key revoked", kind: "change" },
  "user.created": { label: "User created", kind: "change" },
  "user.deleted": { label: "User deleted", kind: "change" },
  "sessions.revoked": { label: "Signed out everywhere", kind: "change" },
  "user.updated": { label: "User updated", kind: "change" },
  "application.created": { label: "Application created", kind: "change" },
  "application.updated": { label: "Application changed", kind: "change" },
  "application.deleted": { label: "Application deleted", kind: "change" },
  "application.secret_rotated": { label: "Client secret rotated", kind: "change" },
  "oidc.sign_in": { label: "Signed in to an app", kind: "success" },
  "oidc.grant_created": { label: "App access granted", kind: "info" },
  "oidc.refresh_failed": { label: "Token refresh failed", kind: "failure" },
  "oidc.logout": { label: "Signed out of an app", kind: "info" },
  "oidc.signing_key_rotated": { label: "Signing keys rotated", kind: "change" },
};

/** The outcomes the log shows and filters by; "admin" is anything an admin or API key did. */
export const OUTCOMES = ["success", "failure", "blocked", "admin"] as const;
export type Outcome = (typeof OUTCOMES)[number] | "info";

export const OUTCOME_LABELS: Record<Outcome, string> = {
  success: "Success",
  failure: "Failure",
  blocked: "Blocked",
  admin: "Admin change",
  info: "Info",
};

export const ADMIN_ACTORS: readonly AuditActor["type"][] = ["admin", "api_key"];

export function typesOfKind(...kinds: EventKind[]): AuditEventType[] {
  return (Object.keys(EVENT_LABELS) as AuditEventType[]).filter((t) =>
    kinds.includes(EVENT_LABELS[t].kind),
  );
}

/** Failures and refusals stay what they are whoever caused them; other acts of an admin are admin changes. */
export function outcomeOf(type: string, actorType: string): Outcome {
  const kind = EVENT_LABELS[type as AuditEventType]?.kind ?? "info";
  if (kind === "failure" || kind === "blocked") return kind;
  if ((ADMIN_ACTORS as readonly string[]).includes(actorType)) return "admin";
  return kind === "success" ? "success" : "info";
}

export function labelOf(type: string): string {
  return EVENT_LABELS[type as AuditEventType]?.label ?? type;
}
