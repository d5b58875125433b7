"use client";
// The account pages' tabs; the current one follows the URL.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cx } from "../ui/cx";

const TABS = [
  { label: "Account", href: "/account" },
  { label: "Security", href: "/account/security" },
];

export function AccountTabs() {
  const path = usePathname();
  return (
    <nav aria-label="Account" className="mx-auto max-w-3xl px-4 sm:px-6">
      <ul className="-mb-px flex gap-6">
        {TABS.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={tab.href === path ? "page" : undefined}
              className={cx(
                "inline-block border-b-2 px-0.5 pb-3 text-sm font-medium outline-none",
                "focus-visible:ring-2 focus-visible:ring-brand-500",
                tab.href === path
                  ? "border-brand-600 text-brand-700"
                  : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
              )}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
