// The card every hosted page sits in, around the mark it is given (AuthShell gives it the
// branding's). Links on these pages are plain anchors, not next/link: each page is rendered on
// the server anyway, and the client router's link code would cost every hosted page about 3 kB
// of first-load JavaScript (DESIGN.md §8).
import type { ReactNode } from "react";

export interface AuthFrameProps {
  /** The product's mark above the title. */
  mark: ReactNode;
  title: ReactNode;
  subtitle?: ReactNode;
  children: ReactNode;
  /** Under the card, e.g. "No account? Create one". */
  footer?: ReactNode;
}

/** Frame of every hosted sign-in page: one centred card, no navigation to distract. */
export function AuthFrame({ mark, title, subtitle, children, footer }: AuthFrameProps) {
  return (
    <div className="relative flex min-h-dvh flex-col bg-slate-50">
      {/* A faint brand wash at the top so the page does not read as an unstyled blank. */}
      <div
        aria-hidden="true"
        className="pointer-events-none absolute inset-x-0 top-0 h-72 bg-gradient-to-b from-brand-100/60 to-transparent"
      />
      <main className="relative flex flex-1 flex-col items-center justify-center px-3 py-8 sm:px-6 sm:py-16">
        <div className="w-full max-w-md">
          <div className="rounded-2xl border border-slate-200 bg-white px-5 py-8 shadow-card sm:px-10 sm:py-10">
            <div className="mb-8 flex justify-center">{mark}</div>
            <div className="mb-7 space-y-2 text-center">
              <h1 className="text-2xl font-semibold tracking-tight text-balance text-slate-900">
                {title}
              </h1>
              {subtitle ? (
                <p className="text-sm leading-relaxed text-pretty text-slate-600">{subtitle}</p>
              ) : null}
            </div>
            {children}
          </div>
          {footer ? <div className="mt-6 text-center text-sm text-slate-600">{footer}</div> : null}
        </div>
      </main>
      <footer className="relative pb-6 text-center text-xs text-slate-500">
        <span className="inline-flex items-center gap-1.5">
          <svg viewBox="0 0 16 16" fill="currentColor" aria-hidden="true" className="size-3.5">
            <path
              fillRule="evenodd"
              clipRule="evenodd"
              d="M8 1a3.5 3.5 0 0 0-3.5 3.5V7A1.5 1.5 0 0 0 3 8.5v5A1.5 1.5 0 0 0 4.5 15h7a1.5 1.5 0 0 0 1.5-1.5v-5A1.5 1.5 0 0 0 11.5 7V4.5A3.5 3.5 0 0 0 8 1Zm2 6V4.5a2 2 0 1 0-4 0V7h4Z"
            />
          </svg>
          <span>
            Secured by <span className="font-medium text-slate-600">Twofold</span>
          </span>
        </span>
      </footer>
    </div>
  );
}
