// The filtered audit log as CSV, streamed page by page so a large log never sits in memory.

import { OUTCOME_LABELS } from "@/lib/audit/event-labels";
import { type AuditFilters, auditWhere, presentEvents } from "@/lib/audit/list-events";
import { getDb } from "@/lib/db/client";
import { csvRow } from "./csv";

export const EXPORT_LIMIT = 100_000;
const BATCH = 500;

const HEADER = [
  "Time (UTC)",
  "Event",
  "Type",
  "Outcome",
  "Actor",
  "User",
  "IP",
  "User agent",
  "Details",
];

export function exportAuditCsv(
  filters: AuditFilters,
  now = new Date(),
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let where: Awaited<ReturnType<typeof auditWhere>>["where"] | undefined;
  let sent = 0;
  let cursor: string | undefined;
  return new ReadableStream({
    async pull(controller) {
      if (where === undefined) {
        where = (await auditWhere(filters, now)).where;
        controller.enqueue(encoder.encode(csvRow(HEADER)));
        if (!where) return controller.close();
      }
      if (!where) return controller.close();
      const rows = await getDb().auditEvent.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: Math.min(BATCH, EXPORT_LIMIT - sent),
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      });
      const events = await presentEvents(rows);
      const text = events
        .map((e) =>
          csvRow([
            e.createdAt.toISOString(),
            e.label,
            e.type,
            OUTCOME_LABELS[e.outcome],
            e.actorLabel,
            e.userLabel ?? "",
            e.ip ?? "",
            e.userAgent ?? "",
            e.detail ?? "",
          ]),
        )
        .join("");
      if (text) controller.enqueue(encoder.encode(text));
      sent += rows.length;
      cursor = rows.at(-1)?.id;
      if (rows.length < BATCH || sent >= EXPORT_LIMIT) controller.close();
    },
  });
}
