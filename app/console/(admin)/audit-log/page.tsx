import type { Metadata } from "next";
import { Fragment } from "react";
import { PageHeader } from "@/components/console/PageHeader";
import { Pagination } from "@/components/console/Pagination";
import { Badge, type BadgeTone } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { Table, TBody, Td, THead, Th, Tr } from "@/components/ui/Table";
import { AUDIT_WINDOWS, type AuditWindow, listAuditEvents } from "@/lib/audit/list-events";
import { AUDIT_EVENT_TYPES } from "@/lib/audit/record";
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

const SELECT_CLASSES =
  "h-10 rounded-lg border border-slate-300 bg-white px-3 text-sm outline-none focus-visible:border-brand-500 focus-visible:ring-2 focus-visible:ring-brand-500/40";

type Filters = { type: string; user: string; window: AuditWindow | "" };

export default async function AuditLogPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const type = param(params, "type");
  const window = param(params, "window");
  const filters: Filters = {
    type: AUDIT_EVENT_TYPES.includes(type as never) ? type : "",
    user: param(params, "user"),
    window: window in AUDIT_WINDOWS ? (window as AuditWindow) : "",
  };
  return (
    <ConsolePage section="audit-log">
      <AuditList filters={filters} page={pageNumber(params)} />
    </ConsolePage>
  );
}

async function AuditList({ filters, page }: { filters: Filters; page: number }) {
  const { total, events, userFound } = await listAuditEvents({
    type: filters.type || undefined,
    user: filters.user || undefined,
    window: filters.window || undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const filtered = Boolean(filters.type || filters.user || filters.window);
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every sign-in, registration and account change, newest first. Times are UTC."
      />
      <form className="mb-4 flex flex-wrap items-end gap-2" action="/console/audit-log">
        <div className="flex w-full flex-col gap-1 sm:w-auto">
          <label htmlFor="audit-user" className="text-xs font-medium text-slate-600">
            User
          </label>
          <input
            id="audit-user"
            name="user"
            defaultValue={filters.user}
            placeholder="Username, email or id"
            className={`${SELECT_CLASSES} w-full sm:w-56`}
          />
        </div>
        <div className="flex w-full flex-col gap-1 sm:w-auto">
          <label htmlFor="audit-type" className="text-xs font-medium text-slate-600">
            Event type
          </label>
          <select
            id="audit-type"
            name="type"
            defaultValue={filters.type}
            className={SELECT_CLASSES}
          >
            <option value="">All events</option>
            {AUDIT_EVENT_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
        <div className="flex w-full flex-col gap-1 sm:w-auto">
          <label htmlFor="audit-window" className="text-xs font-medium text-slate-600">
            Time
          </label>
          <select
            id="audit-window"
            name="window"
            defaultValue={filters.window}
            className={SELECT_CLASSES}
          >
            <option value="">Any time</option>
            <option value="1h">Last hour</option>
            <option value="24h">Last 24 hours</option>
            <option value="7d">Last 7 days</option>
            <option value="30d">Last 30 days</option>
          </select>
        </div>
        <Button type="submit" variant="secondary">
          Filter
        </Button>
      </form>
      <Card padding="none">
        {events.length === 0 ? (
          <EmptyState
            title={!userFound ? "No such user" : filtered ? "No matching events" : "No events yet"}
            description={
              filtered
                ? "Try another user, event type or time window."
                : "Sign-ins, registrations and changes appear here as they happen."
            }
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
                // Top-aligned: an expanded row's details must not push its time and event down.
                <Tr key={event.id} className="[&>td]:align-top">
                  <Td className="whitespace-nowrap">{dateFormat.format(event.createdAt)}</Td>
                  <Td>
                    <Badge tone={tone(event.type)}>{event.type}</Badge>
                  </Td>
                  <Td>{event.userLabel ?? "—"}</Td>
                  <Td className="whitespace-nowrap font-mono text-xs">{event.ip ?? "—"}</Td>
                  <Td className="min-w-64 max-w-sm">
                    <details className="group">
                      <summary className="w-fit cursor-pointer rounded-sm text-brand-700 outline-none hover:text-brand-800 focus-visible:ring-2 focus-visible:ring-brand-500">
                        <span className="group-open:hidden">Show</span>
                        <span className="hidden group-open:inline">Hide</span>
                      </summary>
                      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs text-slate-600 [&_dd]:wrap-anywhere">
                        <dt className="font-medium">Actor</dt>
                        <dd>
                          {event.actorType}
                          {event.actorId ? ` ${event.actorId}` : ""}
                        </dd>
                        <dt className="font-medium">User agent</dt>
                        <dd>{event.userAgent ?? "—"}</dd>
                        {Object.entries(event.details).map(([key, value]) => (
                          <Fragment key={key}>
                            <dt className="font-medium">{key}</dt>
                            <dd>{typeof value === "string" ? value : JSON.stringify(value)}</dd>
                          </Fragment>
                        ))}
                      </dl>
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
        href={(p) => `/console/audit-log?${new URLSearchParams({ ...filters, page: String(p) })}`}
      />
    </>
  );
}
