import type { FieldRow } from "@/lib/api/reference";
import { Breakable } from "./Breakable";
import { StackingTable } from "./StackingTable";

const COLUMNS = [
  { label: "Field", width: "38%" },
  { label: "Type", width: "22%" },
  { label: "Details", width: "40%" },
];

/** `mfa.factors` with the parent part dimmed, so nested fields read as children. */
function FieldName({ path, required }: { path: string; required: boolean }) {
  const cut = path.lastIndexOf(".") + 1;
  return (
    <span className="flex flex-wrap items-baseline gap-x-2 leading-5">
      <code className="font-mono text-[13px] [overflow-wrap:anywhere]">
        {cut > 0 ? (
          <>
            <span className="text-slate-400">
              <Breakable text={path.slice(0, cut)} />
            </span>
            <wbr />
          </>
        ) : null}
        <span className="font-semibold text-slate-900">{path.slice(cut)}</span>
      </code>
      <span className={required ? "text-xs font-medium text-amber-800" : "text-xs text-slate-500"}>
        {required ? "required" : "optional"}
      </span>
    </span>
  );
}

function Details({ row }: { row: FieldRow }) {
  if (!row.description && row.notes.length === 0) return null;
  return (
    <div className="text-slate-600">
      {row.description ? <p>{row.description}</p> : null}
      {row.notes.length > 0 ? (
        <ul>
          {row.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function FieldTable({ rows, label }: { rows: FieldRow[]; label: string }) {
  return (
    <StackingTable
      label={label}
      columns={COLUMNS}
      rows={rows.map((row) => ({
        key: row.path,
        depth: row.depth,
        cells: [
          <FieldName key="name" path={row.path} required={row.required} />,
          <code key="type" className="font-mono text-[13px] leading-5 text-slate-700">
            {row.type}
          </code>,
          <Details key="details" row={row} />,
        ],
      }))}
    />
  );
}
