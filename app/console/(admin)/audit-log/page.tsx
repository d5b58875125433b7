import type { Metadata } from "next";
import {
  AuditFilterForm,
  type AuditFilterValues,
} from "@/components/console/audit/AuditFilterForm";
import { AuditTable } from "@/components/console/audit/AuditTable";
import { PageHeader } from "@/components/console/PageHeader";
import { Pagination } from "@/components/console/Pagination";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { listAuditEvents } from "@/lib/audit/list-events";
import { AuditFiltersQuery } from "@/lib/audit-log/contracts";
import { ConsolePage } from "../console-page";
import { pageNumber, param, type Search } from "../search-params";

export const metadata: Metadata = { title: "Audit log · Twofold console" };

const PAGE_SIZE = 50;
const KEYS = ["outcome", "type", "actor", "user", "window"] as const;

export default async function AuditLogPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  // A value the export would refuse is dropped here, so a hand-edited URL still shows the log.
  const values = Object.fromEntries(
    KEYS.map((key) => {
      const parsed = AuditFiltersQuery.shape[key].safeParse(param(params, key));
      return [key, parsed.success && parsed.data ? parsed.data : ""];
    }),
  ) as AuditFilterValues;
  return (
    <ConsolePage section="audit-log">
      <AuditList values={values} page={pageNumber(params)} />
    </ConsolePage>
  );
}

function query(values: AuditFilterValues, extra: Record<string, string> = {}) {
  const entries = Object.entries({ ...values, ...extra }).filter(([, v]) => v);
  return entries.length ? `?${new URLSearchParams(entries)}` : "";
}

async function AuditList({ values, page }: { values: AuditFilterValues; page: number }) {
  const filters = AuditFiltersQuery.parse(values);
  const { total, events, userFound, actorFound } = await listAuditEvents({
    ...filters,
    page,
    pageSize: PAGE_SIZE,
  });
  const filtered = Object.values(values).some(Boolean);
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every sign-in, factor change and admin action, newest first, with who did it and to whom."
      />
      <AuditFilterForm
        values={values}
        exportHref={`/api/console/audit-log/export${query(values)}`}
      />
      <p className="mb-2 text-sm text-slate-600" aria-live="polite">
        {total === 1 ? "1 event" : `${total.toLocaleString("en")} events`}
        {filtered ? " match these filters" : ""}
      </p>
      <Card padding="none">
        {events.length === 0 ? (
          <EmptyState
            title={
              !userFound
                ? "No such user"
                : !actorFound
                  ? "No such actor"
                  : filtered
                    ? "No matching events"
                    : "No events yet"
            }
            description={
              filtered
                ? "Try another outcome, event, actor, user or time."
                : "Sign-ins, registrations and changes appear here as they happen."
            }
          />
        ) : (
          <AuditTable events={events} />
        )}
      </Card>
      <Pagination
        page={page}
        pageSize={PAGE_SIZE}
        total={total}
        href={(p) => `/console/audit-log${query(values, { page: String(p) })}`}
      />
    </>
  );
}
