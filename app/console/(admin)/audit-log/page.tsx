import type { Metadata } from "next";
import { PageHeader } from "@/components/console/PageHeader";
import { Pagination } from "@/components/console/Pagination";
import { Badge, type BadgeTone } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";
import { AUDIT_EVENT_TYPES } from "@/lib/audit/record";
import { listAuditEvents } from "@/lib/audit/list-events";
import { ConsolePage } from "../console-page";
import { pageNumber, param, type Search } from "../search-params";

export const metadata: Metadata = { title: "Audit log · Twofold console" };

const PAGE_SIZE = 50;
const dateFormat = new Intl.DateTimeFormat("en", {
  dateStyle: "medium",
  timeStyle: "medium",
  timeZone: "UTC",
});

function tone(type: string): BadgeTone {
  if (type.endsWith("failed") || type.endsWith("blocked")) return "danger";
  if (type.endsWith("succeeded") || type === "user.registered") return "success";
  return "neutral";
}

export default async function AuditLogPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const type = param(params, "type");
  return (
    <ConsolePage section="audit-log">
      <AuditList
        type={AUDIT_EVENT_TYPES.includes(type as never) ? type : ""}
        page={pageNumber(params)}
      />
    </ConsolePage>
  );
}

async function AuditList({ type, page }: { type: string; page: number }) {
  const { total, events } = await listAuditEvents({
    type: type || undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every sign-in, registration and account change, newest first. Times are UTC."
      />
      <form className="mb-4 flex gap-2" action="/console/audit-log">
        <label htmlFor="audit-type" className="sr-only">
          Event type
        </label>
        <select
          id="audit-type"
          name="type"
          defaultValue={type}
          className="h-10 rounded-lg border border-slate-300 bg-white px-3 text-sm outline-none focus-visible:border-brand-500 focus-visible:ring-2 focus-visible:ring-brand-500/40"
        >
          <option value="">All events</option>
          {AUDIT_EVENT_TYPES.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
        <Button type="submit" variant="secondary">
          Filter
        </Button>
      </form>
      <Card padding="none">
        {events.length === 0 ? (
          <EmptyState
            title="No events yet"
            description="Sign-ins, registrations and changes appear here as they happen."
          />
        ) : (
          <Table>
            <THead>
              <tr>
                <Th>Time</Th>
                <Th>Event</Th>
                <Th>User</Th>
                <Th>IP</Th>
                <Th>Details</Th>
              </tr>
            </THead>
            <TBody>
              {events.map((event) => (
                <Tr key={event.id}>
                  <Td className="whitespace-nowrap">{dateFormat.format(event.createdAt)}</Td>
                  <Td>
                    <Badge tone={tone(event.type)}>{event.type}</Badge>
                  </Td>
                  <Td>{event.userLabel ?? "—"}</Td>
                  <Td className="whitespace-nowrap font-mono text-xs">{event.ip ?? "—"}</Td>
                  <Td className="max-w-xs">
                    <details>
                      <summary className="cursor-pointer text-brand-700">Show</summary>
                      <pre className="mt-2 whitespace-pre-wrap break-all text-xs text-slate-600">
                        {JSON.stringify(
                          {
                            actor: `${event.actorType}${event.actorId ? `:${event.actorId}` : ""}`,
                            userAgent: event.userAgent,
                            ...JSON.parse(event.data),
                          },
                          null,
                          2,
                        )}
                      </pre>
                    </details>
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
      <Pagination
        page={page}
        pageSize={PAGE_SIZE}
        total={total}
        href={(p) => `/console/audit-log?${new URLSearchParams({ type, page: String(p) })}`}
      />
    </>
  );
}
