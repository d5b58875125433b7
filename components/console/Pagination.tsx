// Previous / next links for server-rendered lists; works without JavaScript.
import Link from "next/link";
import { buttonClasses } from "../ui/Button";

export type PaginationProps = {
  page: number;
  pageSize: number;
  total: number;
  href: (page: number) => string;
};

export function Pagination({ page, pageSize, total, href }: PaginationProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav
      aria-label="Pagination"
      className="mt-4 flex items-center justify-between text-sm text-slate-600"
    >
      <span>
        Page {page} of {pages}
      </span>
      <span className="flex gap-2">
        {page > 1 ? (
          <Link href={href(page - 1)} className={buttonClasses("secondary", "sm")}>
            Previous
          </Link>
        ) : null}
        {page < pages ? (
          <Link href={href(page + 1)} className={buttonClasses("secondary", "sm")}>
            Next
          </Link>
        ) : null}
      </span>
    </nav>
  );
}
