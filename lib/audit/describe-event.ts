// The audit log's one-line detail of an event, from its `data`: the factor, the application,
// what changed. Plain words only; ids stay in the expanded details.
import { FACTORS, parseFactorType } from "@/lib/mfa/factors";
import type { AuditEventType } from "./record";
import { SIGN_IN_METHOD_LABELS, signInMethodOfEvent } from "./sign-in-method";

/** Application names by id, for events that name an application by its id or client id. */
export type EventNames = { applications: Map<string, string> };

const count = (n: unknown, one: string, many: string) =>
  typeof n === "number" ? `${n} ${n === 1 ? one : many}` : null;

function factorLabel(data: Record<string, unknown>): string | null {
  const type = parseFactorType(data.factor);
  if (!type) return null;
  const name = typeof data.name === "string" && data.name ? ` “${data.name}”` : "";
  return `${FACTORS[type].copy.label}${name}`;
}

function applicationLabel(data: Record<string, unknown>, names: EventNames): string | null {
  const id = data.applicationId ?? data.clientId;
  if (typeof data.name === "string" && typeof data.applicationId === "string") return data.name;
  if (typeof id !== "string") return null;
  return names.applications.get(id) ?? id;
}

function listOf(value: unknown): string | null {
  return Array.isArray(value) && value.length ? `Changed: ${value.join(", ")}` : null;
}

export function describeEvent(
  type: AuditEventType | string,
  data: Record<string, unknown>,
  names: EventNames,
): string | null {
  const parts: (string | null)[] = [];
  switch (type as AuditEventType) {
    case "sign_in.succeeded":
      parts.push(SIGN_IN_METHOD_LABELS[signInMethodOfEvent(data)]);
      break;
    case "sign_in.failed":
      parts.push(
        data.reason === "invalid_credentials" ? "Wrong password or unknown account" : null,
      );
      break;
    case "mfa.locked":
      parts.push(factorLabel(data), count(data.minutesLeft, "minute left", "minutes left"));
      break;
    case "mfa.backup_code_used":
      parts.push(count(data.remaining, "code left", "codes left"));
      break;
    case "mfa.reset":
      parts.push(count(data.removed, "factor removed", "factors removed"));
      break;
    case "mfa.required_changed":
      parts.push(
        data.required === true ? "Required" : data.required === false ? "Not required" : null,
      );
      break;
    case "mfa.factor_renamed":
      parts.push(typeof data.to === "string" ? `Now “${data.to}”` : null);
      break;
    case "sessions.revoked":
      parts.push(count(data.count, "session ended", "sessions ended"));
      break;
    case "settings.updated":
      parts.push(listOf(data.sections));
      break;
    case "user.updated":
    case "application.updated":
      parts.push(applicationLabel(data, names), listOf(data.fields));
      break;
    case "api_key.created":
      parts.push(typeof data.name === "string" ? data.name : null);
      break;
    case "user.created":
    case "user.deleted":
      parts.push(
        [data.username, data.primaryEmail].filter((v) => typeof v === "string").join(" · ") || null,
      );
      break;
    case "account.reverified":
    case "account.reverification_failed": {
      const factor = parseFactorType(data.step);
      parts.push(
        factor ? FACTORS[factor].copy.label : data.step === "Password" ? "Password" : null,
      );
      break;
    }
    default:
      parts.push(factorLabel(data), applicationLabel(data, names));
  }
  const line = parts.filter(Boolean).join(" · ");
  return line || null;
}
