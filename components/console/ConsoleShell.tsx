// The console's frame: sidebar and phone bar with the sections. Plain anchors, not next/link:
// its client code (about 4 kB compressed) would ride along in every console page's first load,
// and a console page is one server render either way.
import type { ReactNode } from "react";
import { cx } from "../ui/cx";
import { Logo } from "../ui/Logo";
import { type ConsoleSection, consoleNav } from "./nav";

export interface ConsoleUser {
  username: string | null;
  primaryEmail: string | null;
}

export interface ConsoleShellProps {
  current: ConsoleSection;
  user: ConsoleUser;
  /** Where the caller puts its sign-out form; rendered in both the sidebar and the phone bar. */
  signOutAction?: ReactNode;
  children: ReactNode;
}

function initials(user: ConsoleUser): string {
  const source = user.username ?? user.primaryEmail ?? "?";
  return source.slice(0, 2).toUpperCase();
}

function UserBadge({ user }: { user: ConsoleUser }) {
  const primary = user.username ?? user.primaryEmail ?? "Signed in";
  const secondary = user.username ? user.primaryEmail : null;
  return (
    <div className="flex min-w-0 items-center gap-3">
      <span
        aria-hidden="true"
        className="flex size-9 shrink-0 items-center justify-center rounded-full bg-brand-100 text-xs font-semibold text-brand-700"
      >
        {initials(user)}
      </span>
      <span className="min-w-0 text-sm leading-tight">
        <span className="block truncate font-medium text-slate-900">{primary}</span>
        {secondary ? <span className="block truncate text-slate-500">{secondary}</span> : null}
      </span>
    </div>
  );
}

/** The sections as links: with icons in the sidebar, as wrapping pills in the phone bar. */
function NavLinks({ current, layout }: { current: ConsoleSection; layout: "sidebar" | "bar" }) {
  const sidebar = layout === "sidebar";
  return (
    <ul className={sidebar ? "space-y-1" : "flex flex-wrap gap-1 px-3 pb-2"}>
      {consoleNav.map((item) => {
        const active = item.key === current;
        return (
          <li key={item.key}>
            <a
              href={item.href}
              aria-current={active ? "page" : undefined}
              className={cx(
                "flex items-center rounded-lg text-sm font-medium outline-none focus-visible:ring-2 focus-visible:ring-brand-500",
                sidebar
                  ? "gap-3 px-3 py-2 transition-colors"
                  : "gap-2 px-3 py-1.5 whitespace-nowrap focus-visible:ring-inset",
                active
                  ? "bg-brand-50 text-brand-700"
                  : "text-slate-600 hover:bg-slate-100 hover:text-slate-900",
                sidebar &&
                  (active
                    ? "[&_svg]:text-brand-600"
                    : "[&_svg]:text-slate-400 hover:[&_svg]:text-slate-600"),
              )}
            >
              {sidebar ? item.icon : null}
              {item.label}
            </a>
          </li>
        );
      })}
    </ul>
  );
}

/** Admin console frame: sidebar on desktop, top bar with a wrapping nav on phones (no JS). */
export function ConsoleShell({ current, user, signOutAction, children }: ConsoleShellProps) {
  return (
    // On desktop a row: the sidebar column stretches to the page's full height (so its white
    // background and border never stop short on long pages) while its contents stick to the
    // viewport; the page itself scrolls as usual.
    <div className="min-h-dvh bg-slate-50 lg:flex">
      <a
        href="#console-content"
        className="sr-only z-50 rounded-lg bg-white px-4 py-2 text-sm font-medium text-brand-700 shadow-card focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:px-4 focus:py-2"
      >
        Skip to content
      </a>

      <aside className="hidden w-64 shrink-0 border-r border-slate-200 bg-white lg:block">
        <div className="sticky top-0 flex h-dvh flex-col">
          <div className="flex h-16 shrink-0 items-center px-6">
            <a
              href="/console"
              className="rounded-md outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
            >
              <Logo size="sm" />
            </a>
          </div>
          <nav aria-label="Console" className="flex-1 overflow-y-auto px-3 py-4">
            <NavLinks current={current} layout="sidebar" />
          </nav>
          <div className="space-y-3 border-t border-slate-200 p-4">
            <UserBadge user={user} />
            {signOutAction ? <div>{signOutAction}</div> : null}
          </div>
        </div>
      </aside>

      <header className="sticky top-0 z-20 border-b border-slate-200 bg-white/95 backdrop-blur lg:hidden">
        <div className="flex h-14 items-center justify-between gap-3 px-4">
          <a
            href="/console"
            className="rounded-md outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
          >
            <Logo size="sm" />
          </a>
          <div className="flex min-w-0 items-center gap-2">
            <span
              className="max-w-[10rem] truncate text-sm text-slate-600"
              title={user.primaryEmail ?? undefined}
            >
              {user.username ?? user.primaryEmail}
            </span>
            {signOutAction}
          </div>
        </div>
        {/* Wraps rather than scrolls sideways, so every section (and the current one) shows. */}
        <nav aria-label="Console">
          <NavLinks current={current} layout="bar" />
        </nav>
      </header>

      <div className="min-w-0 flex-1">
        <main
          id="console-content"
          className="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6 sm:py-8 lg:px-10 lg:py-10"
        >
          {children}
        </main>
      </div>
    </div>
  );
}
