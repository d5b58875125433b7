// The top of a user's details page: initials, name, identifiers and status badges.
import type { ReactNode } from "react";

export function UserHeader({
  title,
  subtitle,
  badges,
}: {
  title: string;
  subtitle?: string;
  badges?: ReactNode;
}) {
  return (
    <div className="mb-6 flex items-center gap-4 sm:mb-8">
      <span
        aria-hidden="true"
        className="flex size-12 shrink-0 items-center justify-center rounded-full bg-brand-100 text-base font-semibold text-brand-700 sm:size-14 sm:text-lg"
      >
        {title.slice(0, 2).toUpperCase()}
      </span>
      <div className="min-w-0 space-y-1">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <h1 className="min-w-0 text-2xl font-semibold tracking-tight break-all text-slate-900">
            {title}
          </h1>
          {badges}
        </div>
        {subtitle ? <p className="truncate text-sm text-slate-600">{subtitle}</p> : null}
      </div>
    </div>
  );
}
