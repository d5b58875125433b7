// A share per day (0–100 %) as a line over a light area; days without a value break the line
// instead of pretending to be 0 %.
import { ChartFrame, type ChartFrameProps } from "./ChartFrame";
import { dayLabel } from "./palette";

export interface LineChartProps
  extends Pick<
    ChartFrameProps,
    "id" | "title" | "headline" | "description" | "summary" | "yAxisLabel" | "days" | "empty"
  > {
  label: string;
  color: string;
  /** 0–1 per day, or null where there is nothing to measure. */
  values: (number | null)[];
  /** Extra table columns (e.g. the counts behind each share). */
  details: { columns: string[]; cells: (day: number) => (string | number)[] };
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

export function LineChart({ label, color, values, details, ...frame }: LineChartProps) {
  const { days } = frame;
  const runs: { i: number; v: number }[][] = [];
  values.forEach((v, i) => {
    if (v === null) return;
    const run = runs.at(-1);
    if (run && run.at(-1)?.i === i - 1) run.push({ i, v });
    else runs.push([{ i, v }]);
  });
  const point = ({ i, v }: { i: number; v: number }) => `${i + 0.5},${100 - v * 100}`;
  return (
    <ChartFrame
      {...frame}
      yMax={1}
      yTicks={[0, 0.25, 0.5, 0.75, 1].map((value) => ({ value, label: percent(value) }))}
      legend={[{ label, color, shape: "line" }]}
      table={{
        columns: [label, ...details.columns],
        rows: days.map((day, i) => ({
          day,
          cells: [values[i] === null ? "—" : percent(values[i] ?? 0), ...details.cells(i)],
        })),
      }}
    >
      {runs.map((run) => {
        // A lone day gets a short flat segment, so it shows as a mark rather than nothing.
        const line =
          run.length === 1
            ? run.flatMap(({ i, v }) => [
                { i: i - 0.45, v },
                { i: i + 0.45, v },
              ])
            : run;
        const points = line.map(point).join(" ");
        const from = (line[0]?.i ?? 0) + 0.5;
        const to = (line.at(-1)?.i ?? 0) + 0.5;
        return (
          <g key={from}>
            <polygon points={`${from},100 ${points} ${to},100`} fill={color} fillOpacity={0.12} />
            <polyline
              points={points}
              fill="none"
              stroke={color}
              strokeWidth={2.5}
              strokeLinejoin="round"
              vectorEffect="non-scaling-stroke"
            />
          </g>
        );
      })}
      {days.map((day, i) => {
        const v = values[i];
        return v == null ? null : (
          <g key={day} data-day={day} data-value={Math.round(v * 100)}>
            <title>{`${dayLabel(day)}: ${percent(v)}`}</title>
            <rect x={i} y={0} width={1} height={100} fill="transparent" />
          </g>
        );
      })}
    </ChartFrame>
  );
}
