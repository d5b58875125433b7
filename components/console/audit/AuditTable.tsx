// One row per event: when, what (label and one-line detail), outcome, who acted, whom it
// concerned, from where; the raw fields stay one click away.
import { Fragment } from "react";
import { Table, TBody, Td, THead, Th, Tr } from "@/components/ui/Table";
import type { PresentedEvent } from "@/lib/audit/list-events";
import { OutcomeBadge } from "./OutcomeBadge";

const dayFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });
const timeFormat = new Intl.DateTimeFormat("en", { timeStyle: "medium", timeZone: "UTC" });

export function AuditTable({ events }: { events: PresentedEvent[] }) {
  return (
    <Table aria-label="Audit events">
      <THead>
        <tr>
          <Th>Time (UTC)</Th>
          <Th>Event</Th>
          <Th className="hidden md:table-cell">Outcome</Th>
          <Th className="hidden md:table-cell">Actor</Th>
          <Th className="hidden md:table-cell">User</Th>
          <Th className="hidden md:table-cell">IP</Th>
          <Th>
            <span className="sr-only">Raw fields</span>
          </Th>
        </tr>
      </THead>
      <TBody>
        {events.map((event) => (
          // Top-aligned: an expanded row's details must not push its time and event down.
          <Tr key={event.id} className="[&>td]:align-top" data-type={event.type}>
            <Td className="whitespace-nowrap text-slate-700 tabular-nums">
              <time dateTime={event.createdAt.toISOString()}>
                {dayFormat.format(event.createdAt)}
                <span className="block text-xs text-slate-500">
                  {timeFormat.format(event.createdAt)}
                </span>
              </time>
            </Td>
            <Td className="min-w-48">
              <span className="font-medium text-slate-900">{event.label}</span>
              {event.detail ? (
                <span className="mt-0.5 block text-xs text-slate-600" data-detail>
                  {event.detail}
                </span>
              ) : null}
              {/* On phones the outcome, actor and user join the event instead of their columns. */}
              <span className="mt-1.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600 md:hidden">
                <OutcomeBadge outcome={event.outcome} />
                <span>
                  by {event.actorLabel}
                  {event.userLabel && event.userLabel !== event.actorLabel
                    ? ` · for ${event.userLabel}`
                    : ""}
                </span>
              </span>
            </Td>
            <Td className="hidden md:table-cell" data-column="outcome">
              <OutcomeBadge outcome={event.outcome} />
            </Td>
            <Td
              className="hidden max-w-56 truncate md:table-cell"
              data-column="actor"
              title={event.actorLabel}
            >
              {event.actorLabel}
            </Td>
            <Td
              className="hidden max-w-56 truncate md:table-cell"
              data-column="user"
              title={event.userLabel ?? undefined}
            >
              {event.userLabel ?? <span className="text-slate-400">—</span>}
            </Td>
            <Td className="hidden whitespace-nowrap font-mono text-xs md:table-cell">
              {event.ip ?? "—"}
            </Td>
            <Td className="whitespace-nowrap has-[details[open]]:min-w-72 has-[details[open]]:whitespace-normal">
              <details className="group">
                <summary className="w-fit cursor-pointer rounded-sm text-brand-700 outline-none hover:text-brand-800 focus-visible:ring-2 focus-visible:ring-brand-500">
                  <span className="group-open:hidden">Details</span>
                  <span className="hidden group-open:inline">Hide</span>
                </summary>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs text-slate-600 [&_dd]:wrap-anywhere">
                  <dt className="font-medium">Type</dt>
                  <dd className="font-mono">{event.type}</dd>
                  <dt className="font-medium">Actor</dt>
                  <dd>
                    {event.actorType}
                    {event.actorId ? ` ${event.actorId}` : ""}
                  </dd>
                  <dt className="font-medium">IP</dt>
                  <dd className="font-mono">{event.ip ?? "—"}</dd>
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
  );
}
