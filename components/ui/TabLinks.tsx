// A row of tabs that are links (one page per tab), underlining the current one. Plain anchors:
// next/link's client code (about 4 kB compressed) would ride along in every page that has tabs.
import { cx } from "./cx";

export type TabLink = { key: string; label: string; href: string };

export type TabLinksProps = {
  /** The navigation landmark's name. */
  label: string;
  tabs: readonly TabLink[];
  current: string;
  className?: string;
};

export function TabLinks({ label, tabs, current, className }: TabLinksProps) {
  return (
    <nav aria-label={label} className={className}>
      {/* Wraps on phones rather than scrolling, so the current tab is never out of sight. */}
      <ul className="-mb-px flex flex-wrap gap-x-6 sm:flex-nowrap sm:overflow-x-auto sm:[scrollbar-width:none]">
        {tabs.map((tab) => {
          const active = tab.key === current;
          return (
            <li key={tab.key} className="shrink-0">
              <a
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={cx(
                  "block rounded-t-md border-b-2 px-0.5 pt-1 pb-3 text-sm font-medium whitespace-nowrap transition-colors",
                  "outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-inset",
                  active
                    ? "border-brand-600 text-brand-700"
                    : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
                )}
              >
                {tab.label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
