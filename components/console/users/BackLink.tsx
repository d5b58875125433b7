import Link from "next/link";
import type { ReactNode } from "react";
import { Icon } from "./icons";

/** "← Users" above a sub-page's title. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link
      href={href}
      className="-ml-1 mb-3 inline-flex items-center gap-1.5 rounded-md px-1 py-0.5 text-sm font-medium text-slate-600 outline-none hover:text-slate-900 focus-visible:ring-2 focus-visible:ring-brand-500"
    >
      <Icon name="arrowLeft" className="size-4" />
      {children}
    </Link>
  );
}
