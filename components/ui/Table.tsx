import type {
  HTMLAttributes,
  TableHTMLAttributes,
  TdHTMLAttributes,
  ThHTMLAttributes,
} from "react";
import { cx } from "./cx";

export interface TableProps extends TableHTMLAttributes<HTMLTableElement> {
  /** Classes for the scroll wrapper (the table itself gets `className`). */
  wrapperClassName?: string;
}

/** Wide tables scroll sideways inside their wrapper instead of stretching the page on phones. */
export function Table({ className, wrapperClassName, ...rest }: TableProps) {
  return (
    <div className={cx("w-full overflow-x-auto", wrapperClassName)}>
      <table className={cx("w-full border-collapse text-left text-sm", className)} {...rest} />
    </div>
  );
}

export function THead({ className, ...rest }: HTMLAttributes<HTMLTableSectionElement>) {
  return <thead className={cx("border-b border-slate-200 bg-slate-50", className)} {...rest} />;
}

export function TBody({ className, ...rest }: HTMLAttributes<HTMLTableSectionElement>) {
  return <tbody className={cx("divide-y divide-slate-100 bg-white", className)} {...rest} />;
}

export function Tr({ className, ...rest }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={cx("transition-colors hover:bg-slate-50/70", className)} {...rest} />;
}

export function Th({ className, scope = "col", ...rest }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th
      scope={scope}
      className={cx(
        "px-4 py-2.5 text-xs font-medium tracking-wide whitespace-nowrap text-slate-600 uppercase",
        "first:pl-5 last:pr-5",
        className,
      )}
      {...rest}
    />
  );
}

export function Td({ className, ...rest }: TdHTMLAttributes<HTMLTableCellElement>) {
  return (
    <td
      className={cx("px-4 py-3 align-middle text-slate-700 first:pl-5 last:pr-5", className)}
      {...rest}
    />
  );
}
