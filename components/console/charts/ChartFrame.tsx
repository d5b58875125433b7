// The frame every overview chart shares: heading and headline figure, a plot whose axis labels
// are HTML (so they keep their size at any width) around an SVG that stretches to fit, a
// legend, and the chart's numbers as a table behind a "Show table" disclosure.
import type { ReactNode } from "react";
import { Table, TBody, Td, THead, Th, Tr } from "@/components/ui/Table";
import { dayLabel } from "./palette";

export type LegendItem = { label: string; color: string; shape?: "box" | "line" };

export interface ChartFrameProps {
  id: string;
  title: string;
  headline: ReactNode;
  description: string;
  /** What the picture shows, in one sentence, for screen readers. */
  summary: string;
  yAxisLabel: string;
  yTicks: { value: number; label: string }[];
  yMax: number;
  days: string[];
  legend: LegendItem[];
  /** Shown over the plot when there is nothing to draw. */
  empty?: string;
  table: { columns: string[]; rows: { day: string; cells: ReactNode[] }[] };
  children: ReactNode;
}

export function ChartFrame(props: ChartFrameProps) {
  const { id, days, yMax } = props;
  const n = days.length;
  const labelled = days.flatMap((day, i) => ((n - 1 - i) % 7 === 0 ? [{ day, i }] : []));
  return (
    <figure
      aria-labelledby={`${id}-title`}
      className="rounded-xl border border-slate-200 bg-white p-5 shadow-card"
      data-chart={id}
    >
      <figcaption className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
          {props.title}
        </h2>
        <p className="text-sm text-slate-600 tabular-nums">{props.headline}</p>
        <p className="w-full text-sm text-slate-600">{props.description}</p>
      </figcaption>
      <p className="mt-4 text-xs font-medium text-slate-600" aria-hidden="true">
        {props.yAxisLabel}
      </p>
      <div className="relative mt-2 h-44 pr-3 pb-6 pl-9 sm:h-52">
        <div className="relative h-full">
          {props.yTicks.map((tick) => (
            <span
              key={tick.value}
              aria-hidden="true"
              className="absolute -left-9 w-7 -translate-y-1/2 text-right text-[11px] leading-none text-slate-600 tabular-nums"
              style={{ top: `${100 - (tick.value / yMax) * 100}%` }}
            >
              {tick.label}
            </span>
          ))}
          <svg
            role="img"
            aria-label={props.summary}
            viewBox={`0 0 ${n} 100`}
            preserveAspectRatio="none"
            className="block h-full w-full overflow-visible"
          >
            {props.yTicks.map((tick) => (
              <line
                key={tick.value}
                x1={0}
                x2={n}
                y1={100 - (tick.value / yMax) * 100}
                y2={100 - (tick.value / yMax) * 100}
                stroke={tick.value === 0 ? "#94a3b8" : "#e2e8f0"}
                strokeWidth={1}
                vectorEffect="non-scaling-stroke"
              />
            ))}
            {props.children}
          </svg>
          {props.empty ? (
            <p className="absolute inset-0 flex items-center justify-center px-4 text-center text-sm text-slate-600">
              <span className="rounded-lg bg-white/90 px-3 py-1.5 ring-1 ring-slate-200">
                {props.empty}
              </span>
            </p>
          ) : null}
          {labelled.map(({ day, i }) => (
            <span
              key={day}
              aria-hidden="true"
              className="absolute top-full mt-1.5 -translate-x-1/2 text-[11px] leading-none whitespace-nowrap text-slate-600"
              style={{ left: `${((i + 0.5) / n) * 100}%` }}
            >
              {i === n - 1 ? "Today" : dayLabel(day)}
            </span>
          ))}
        </div>
      </div>
      <p className="mt-1 text-center text-xs text-slate-500" aria-hidden="true">
        Day (UTC)
      </p>
      <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1.5 text-xs text-slate-700">
        {props.legend.map((item) => (
          <li key={item.label} className="flex items-center gap-1.5">
            <svg aria-hidden="true" viewBox="0 0 12 12" className="size-3 shrink-0">
              {item.shape === "line" ? (
                <rect x={0} y={5} width={12} height={2.5} rx={1} fill={item.color} />
              ) : (
                <rect x={0} y={0} width={12} height={12} rx={3} fill={item.color} />
              )}
            </svg>
            {item.label}
          </li>
        ))}
      </ul>
      <details className="group mt-3">
        <summary className="w-fit cursor-pointer rounded-sm text-sm font-medium text-brand-700 outline-none hover:text-brand-800 focus-visible:ring-2 focus-visible:ring-brand-500">
          <span className="group-open:hidden">Show table</span>
          <span className="hidden group-open:inline">Hide table</span>
        </summary>
        <Table wrapperClassName="mt-2 max-h-80 overflow-y-auto rounded-lg border border-slate-200">
          <caption className="sr-only">{props.title}, per day (UTC)</caption>
          <THead>
            <tr>
              <Th>Day</Th>
              {props.table.columns.map((column) => (
                <Th key={column} className="text-right">
                  {column}
                </Th>
              ))}
            </tr>
          </THead>
          <TBody>
            {props.table.rows.map((row) => (
              <Tr key={row.day}>
                <Th scope="row" className="font-normal normal-case tracking-normal text-slate-700">
                  <time dateTime={row.day}>{dayLabel(row.day)}</time>
                </Th>
                {row.cells.map((cell, i) => (
                  <Td key={props.table.columns[i]} className="py-2 text-right tabular-nums">
                    {cell}
                  </Td>
                ))}
              </Tr>
            ))}
          </TBody>
        </Table>
      </details>
    </figure>
  );
}
