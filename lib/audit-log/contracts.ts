// The console's audit-log export: the filtered log as a CSV file, for admins signed in to the
// console (session cookie, role admin). Documented in /api/openapi.json under "Console".
import { z } from "zod";
import type { Contract } from "@/lib/api/contract";
import { OUTCOMES } from "@/lib/audit/event-labels";
import { AUDIT_WINDOWS, type AuditWindow } from "@/lib/audit/list-events";
import { AUDIT_EVENT_TYPES } from "@/lib/audit/record";

// An empty field of the console's filter form means "any".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

export const AuditFiltersQuery = z.strictObject({
  user: optional(z.string().max(200)).describe("The affected user: id, username or email."),
  actor: optional(z.string().max(200)).describe(
    "Who acted: a user's id, username or email, an API key's name or id, or \"system\".",
  ),
  type: optional(z.enum(AUDIT_EVENT_TYPES)).describe("One event type."),
  outcome: optional(z.enum(OUTCOMES)).describe(
    "success, failure, blocked, or admin (anything an admin or API key did).",
  ),
  window: optional(z.enum(Object.keys(AUDIT_WINDOWS) as [AuditWindow, ...AuditWindow[]])).describe(
    "Only events from the last hour, day, 7 or 30 days.",
  ),
});

export const auditLogContracts = {
  exportAuditLog: {
    method: "get",
    path: "/api/console/audit-log/export",
    summary: "The audit log as CSV, with the console's filters",
    description:
      "Needs the session of an admin. Answers `text/csv` (RFC 4180, UTF-8, newest first, at most 100,000 events) as the attachment `audit-log.csv`; cells that a spreadsheet would read as a formula start with an apostrophe.",
    tag: "Console",
    session: true,
    query: AuditFiltersQuery,
    status: 200,
    errors: ["auth.unauthorized", "auth.forbidden", "guard.invalid_input"],
  },
} satisfies Record<string, Contract>;
