// Frame of the signed-in user's own pages: a top bar (logo, who is signed in, sign out) and tabs
// between the account overview and its security settings.
import Link from "next/link";
import type { ReactNode } from "react";
import { BrandMark } from "../branding/BrandMark";
import { AccountTabs } from "./AccountTabs";

export type AccountShellProps = {
  /** Who is signed in, shown in the top bar. */
  who: string;
  /** The sign-out form. */
  signOut: ReactNode;
  /** Extra link in the top bar (e.g. the console for admins). */
  extra?: ReactNode;
  children: ReactNode;
};

export function AccountShell({ who, signOut, extra, children }: AccountShellProps) {
  return (
    <div className="min-h-dvh bg-slate-50">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex h-16 max-w-3xl items-center justify-between gap-3 px-4 sm:px-6">
          <Link
            href="/account"
            className="rounded-md outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
          >
            <BrandMark size="sm" />
          </Link>
          <div className="flex min-w-0 items-center gap-3">
            <span className="hidden truncate text-sm text-slate-600 sm:block">{who}</span>
            {extra}
            {signOut}
          </div>
        </div>
        <AccountTabs />
      </header>
      <main className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-10">{children}</main>
    </div>
  );
}

/** A page's heading inside the account frame. */
export function AccountPageTitle({ title, subtitle }: { title: string; subtitle?: ReactNode }) {
  return (
    <div className="mb-6 space-y-1">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
      {subtitle ? <p className="text-sm text-slate-600">{subtitle}</p> : null}
    </div>
  );
}
