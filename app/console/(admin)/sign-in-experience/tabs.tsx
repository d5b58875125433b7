// The sign-in experience's sub-pages, as tabs under the page header.
import Link from "next/link";
import { cx } from "@/components/ui/cx";

const TABS = [
  { key: "registration", label: "Registration", href: "/console/sign-in-experience" },
  {
    key: "mfa",
    label: "Multi-factor authentication",
    href: "/console/sign-in-experience/mfa",
  },
] as const;

export type SignInExperienceTab = (typeof TABS)[number]["key"];

export function SignInExperienceTabs({ current }: { current: SignInExperienceTab }) {
  return (
    <nav aria-label="Sign-in experience" className="mb-8 border-b border-slate-200">
      <ul className="-mb-px flex gap-6 overflow-x-auto [scrollbar-width:none]">
        {TABS.map((tab) => {
          const active = tab.key === current;
          return (
            <li key={tab.key} className="shrink-0">
              <Link
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
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
