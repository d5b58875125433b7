import type { ApiReference } from "@/lib/api/reference";
import { Contents } from "./Contents";
import { Intro, type IntroProps } from "./Intro";
import { OperationCard } from "./OperationCard";

export type ApiReferenceViewProps = { reference: ApiReference } & Omit<
  IntroProps,
  "baseUrl" | "errorBody"
>;

/**
 * The API reference (Management, My account and Sign-in flow APIs): introduction, then every operation grouped by tag, with a
 * sticky table of contents beside it on wide screens and a collapsible one above it otherwise.
 */
export function ApiReferenceView({ reference, ...intro }: ApiReferenceViewProps) {
  return (
    <div className="xl:grid xl:grid-cols-[minmax(0,1fr)_14rem] xl:gap-10">
      <div className="min-w-0 space-y-10">
        <details className="group rounded-xl border border-slate-200 bg-white shadow-card xl:hidden">
          <summary className="flex cursor-pointer list-none items-center justify-between rounded-xl px-4 py-3 text-sm font-semibold text-slate-900 outline-none focus-visible:ring-2 focus-visible:ring-brand-500 [&::-webkit-details-marker]:hidden">
            On this page
            <svg
              viewBox="0 0 20 20"
              fill="currentColor"
              aria-hidden="true"
              className="size-5 text-slate-400 transition-transform group-open:rotate-180"
            >
              <path
                fillRule="evenodd"
                d="M5.23 7.21a.75.75 0 0 1 1.06.02L10 11.06l3.71-3.83a.75.75 0 1 1 1.08 1.04l-4.25 4.39a.75.75 0 0 1-1.08 0L5.21 8.27a.75.75 0 0 1 .02-1.06Z"
                clipRule="evenodd"
              />
            </svg>
          </summary>
          <nav aria-label="On this page" className="border-t border-slate-200 px-2 py-3">
            <Contents groups={reference.groups} />
          </nav>
        </details>

        <Intro baseUrl={reference.baseUrl} errorBody={reference.errorBody} {...intro} />

        {reference.groups.map((group) => (
          <section
            key={group.id}
            id={group.id}
            aria-labelledby={`${group.id}-title`}
            className="scroll-mt-28 space-y-4 xl:scroll-mt-8"
          >
            <h2
              id={`${group.id}-title`}
              className="text-lg font-semibold tracking-tight text-slate-900"
            >
              {group.tag}
            </h2>
            {group.operations.map((op) => (
              <OperationCard key={op.id} op={op} />
            ))}
          </section>
        ))}
      </div>

      <aside className="hidden xl:block">
        <nav
          aria-label="On this page"
          className="sticky top-8 max-h-[calc(100dvh-4rem)] overflow-y-auto pb-8 [mask-image:linear-gradient(to_bottom,black_calc(100%-2rem),transparent)]"
        >
          <p className="mb-3 px-2 text-sm font-semibold text-slate-900">On this page</p>
          <Contents groups={reference.groups} />
        </nav>
      </aside>
    </div>
  );
}
