import type { ErrorRow } from "@/lib/api/reference";
import { statusText } from "@/lib/api/reference";
import { Breakable } from "./Breakable";
import { StackingTable } from "./StackingTable";

const COLUMNS = [
  { label: "Status", width: "24%" },
  { label: "Code", width: "40%" },
  { label: "Message", width: "36%" },
];

export function ErrorTable({ errors, label }: { errors: ErrorRow[]; label: string }) {
  return (
    <StackingTable
      label={label}
      columns={COLUMNS}
      rows={errors.map((error) => ({
        key: `${error.status} ${error.code}`,
        cells: [
          <span key="status" className="font-mono text-xs text-slate-700">
            {statusText(error.status)}
          </span>,
          <code
            key="code"
            className="font-mono text-[13px] [overflow-wrap:anywhere] text-slate-900"
          >
            {error.code ? <Breakable text={error.code} /> : "—"}
          </code>,
          <span key="message" className="text-slate-600">
            {error.message}
          </span>,
        ],
      }))}
    />
  );
}
