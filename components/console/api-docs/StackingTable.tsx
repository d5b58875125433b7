import type { CSSProperties, ReactNode } from "react";

export type TableColumn = {
  label: string /** Share of the table's width, e.g. "35%". */;
  width: string;
};
export type TableRow = {
  key: string;
  cells: ReactNode[] /** Indent of the first cell. */;
  depth?: number;
};

/**
 * A table that stays readable on phones: fixed columns from `sm` up, and below that each row
 * stacks its cells, so neither the page nor the table scrolls sideways.
 */
export function StackingTable({
  label,
  columns,
  rows,
}: {
  label: string;
  columns: TableColumn[];
  rows: TableRow[];
}) {
  return (
    <div className="rounded-lg border border-slate-200">
      <table aria-label={label} className="w-full text-left text-sm max-sm:block sm:table-fixed">
        <colgroup>
          {columns.map((column) => (
            <col key={column.label} style={{ width: column.width }} />
          ))}
        </colgroup>
        <thead className="border-b border-slate-200 bg-slate-50 max-sm:hidden">
          <tr>
            {columns.map((column) => (
              <th
                key={column.label}
                scope="col"
                className="px-4 py-2 text-xs font-medium tracking-wide text-slate-600 uppercase first:rounded-tl-lg last:rounded-tr-lg"
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 max-sm:block">
          {rows.map((row) => (
            <tr
              key={row.key}
              style={{ "--indent": `${(row.depth ?? 0) * 1.25}rem` } as CSSProperties}
              className="max-sm:block max-sm:space-y-1 max-sm:py-2.5 max-sm:pr-4 max-sm:pl-[calc(1rem+var(--indent))]"
            >
              {row.cells.map((cell, i) => (
                <td
                  // biome-ignore lint/suspicious/noArrayIndexKey: a cell is its column; columns never reorder
                  key={i}
                  className="align-top break-words max-sm:block max-sm:empty:hidden sm:px-4 sm:py-2.5 sm:first:pl-[calc(1rem+var(--indent))]"
                >
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
