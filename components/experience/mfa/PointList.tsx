// A short list of reasons or facts, each with a small icon tile (enrollment prompt, passkeys).
import type { ReactNode } from "react";
import { cx } from "../../ui/cx";

export type Point = { icon: ReactNode; text: ReactNode };

export function PointList({ points, className }: { points: Point[]; className?: string }) {
  return (
    <ul className={cx("space-y-3.5", className)}>
      {points.map((point, index) => (
        <li
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list that never reorders
          key={index}
          className="flex items-start gap-3 text-sm leading-relaxed text-slate-700"
        >
          <span
            aria-hidden="true"
            className="mt-px flex size-7 shrink-0 items-center justify-center rounded-lg bg-brand-50 text-brand-600 ring-1 ring-brand-100 ring-inset [&_svg]:size-4"
          >
            {point.icon}
          </span>
          <span className="pt-0.5">{point.text}</span>
        </li>
      ))}
    </ul>
  );
}
