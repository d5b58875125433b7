// Bars per day, stacked (parts of one total) or side by side (separate counts), drawn in a
// 1-unit-per-day SVG that the frame stretches; each day carries a tooltip with its numbers.

import { niceMax, ticks } from "@/lib/overview/scale";
import { ChartFrame, type ChartFrameProps } from "./ChartFrame";
import { dayLabel } from "./palette";

export type BarSeries = { key: string; label: string; color: string; values: number[] };

export interface BarChartProps
  extends Pick<
    ChartFrameProps,
    "id" | "title" | "headline" | "description" | "summary" | "yAxisLabel" | "days" | "empty"
  > {
  series: BarSeries[];
  layout: "stacked" | "grouped";
  /** The table's total column, for stacked charts. */
  totalLabel?: string;
}

export function BarChart({ series, layout, totalLabel, ...frame }: BarChartProps) {
  const { days } = frame;
  const totals = days.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const highest =
    layout === "stacked" ? Math.max(0, ...totals) : Math.max(0, ...series.flatMap((s) => s.values));
  const yMax = niceMax(highest);
  const y = (value: number) => (value / yMax) * 100;
  const width = layout === "stacked" ? 0.7 : 0.7 / series.length;
  return (
    <ChartFrame
      {...frame}
      yMax={yMax}
      yTicks={ticks(yMax).map((value) => ({ value, label: String(value) }))}
      legend={series.map((s) => ({ label: s.label, color: s.color }))}
      table={{
        columns: [...series.map((s) => s.label), ...(totalLabel ? [totalLabel] : [])],
        rows: days.map((day, i) => ({
          day,
          cells: [...series.map((s) => s.values[i] ?? 0), ...(totalLabel ? [totals[i]] : [])],
        })),
      }}
    >
      {days.map((day, i) => {
        let base = 0;
        return (
          <g key={day} data-day={day}>
            <title>
              {`${dayLabel(day)}: ${series.map((s) => `${s.label} ${s.values[i] ?? 0}`).join(", ")}`}
            </title>
            <rect x={i} y={0} width={1} height={100} fill="transparent" />
            {series.map((s, k) => {
              const value = s.values[i] ?? 0;
              if (!value) return null;
              const x = layout === "stacked" ? i + 0.15 : i + 0.15 + k * width;
              const top = layout === "stacked" ? base + value : value;
              const bottom = layout === "stacked" ? base : 0;
              base = top;
              return (
                <rect
                  key={s.key}
                  data-series={s.key}
                  data-value={value}
                  x={x}
                  width={width}
                  y={100 - y(top)}
                  height={y(top) - y(bottom)}
                  fill={s.color}
                  stroke="#ffffff"
                  strokeWidth={layout === "stacked" ? 1 : 0}
                  vectorEffect="non-scaling-stroke"
                />
              );
            })}
          </g>
        );
      })}
    </ChartFrame>
  );
}
