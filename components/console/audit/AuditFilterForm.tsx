// The audit log's filters: a plain GET form, so the filters live in the URL (pagination and the
// CSV export keep them) and it works without JavaScript.
import Link from "next/link";
import { Button, buttonClasses } from "@/components/ui/Button";
import { OutlineIcon } from "@/components/ui/outline-icons";
import { EVENT_LABELS, OUTCOME_LABELS, OUTCOMES } from "@/lib/audit/event-labels";
import { AUDIT_EVENT_TYPES } from "@/lib/audit/record";

export type AuditFilterValues = {
  outcome: string;
  actor: string;
  user: string;
  type: string;
  window: string;
};

const FIELD =
  "h-10 w-full rounded-lg border border-slate-300 bg-white px-3 text-sm text-slate-900 outline-none focus-visible:border-brand-500 focus-visible:ring-2 focus-visible:ring-brand-500/40";

const WINDOWS = [
  ["", "Any time"],
  ["1h", "Last hour"],
  ["24h", "Last 24 hours"],
  ["7d", "Last 7 days"],
  ["30d", "Last 30 days"],
] as const;

// Sorted by label so people find "Second factor failed" where they look for it.
const TYPES = [...AUDIT_EVENT_TYPES].sort((a, b) =>
  EVENT_LABELS[a].label.localeCompare(EVENT_LABELS[b].label),
);

export function AuditFilterForm({
  values,
  exportHref,
}: {
  values: AuditFilterValues;
  exportHref: string;
}) {
  const filtered = Object.values(values).some(Boolean);
  return (
    <form
      action="/console/audit-log"
      aria-label="Filter events"
      className="mb-4 grid grid-cols-2 gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-card sm:grid-cols-3 xl:grid-cols-5"
    >
      <Field id="audit-outcome" label="Outcome">
        <select id="audit-outcome" name="outcome" defaultValue={values.outcome} className={FIELD}>
          <option value="">All outcomes</option>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {OUTCOME_LABELS[o]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="audit-window" label="Time">
        <select id="audit-window" name="window" defaultValue={values.window} className={FIELD}>
          {WINDOWS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="audit-type" label="Event" className="col-span-2 sm:col-span-1">
        <select id="audit-type" name="type" defaultValue={values.type} className={FIELD}>
          <option value="">All events</option>
          {TYPES.map((t) => (
            <option key={t} value={t}>
              {EVENT_LABELS[t].label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="audit-actor" label="Actor">
        <input
          id="audit-actor"
          name="actor"
          defaultValue={values.actor}
          placeholder="Name, API key or system"
          className={FIELD}
        />
      </Field>
      <Field id="audit-user" label="User">
        <input
          id="audit-user"
          name="user"
          defaultValue={values.user}
          placeholder="Username or email"
          className={FIELD}
        />
      </Field>
      <div className="col-span-full flex flex-wrap items-center gap-2 border-t border-slate-100 pt-3">
        <Button type="submit" variant="secondary">
          Filter
        </Button>
        {filtered ? (
          <Link href="/console/audit-log" className={buttonClasses("ghost", "md")}>
            Clear
          </Link>
        ) : null}
        <a href={exportHref} className={`${buttonClasses("secondary", "md")} ml-auto`} download>
          <OutlineIcon name="download" className="size-4" />
          Export CSV
        </a>
      </div>
    </form>
  );
}

function Field({
  id,
  label,
  className,
  children,
}: {
  id: string;
  label: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div className={`flex min-w-0 flex-col gap-1 ${className ?? ""}`}>
      <label htmlFor={id} className="text-xs font-medium text-slate-600">
        {label}
      </label>
      {children}
    </div>
  );
}
