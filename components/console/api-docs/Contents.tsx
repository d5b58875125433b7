import type { OperationGroup } from "@/lib/api/reference";
import { MethodBadge } from "./MethodBadge";

export const INTRO_SECTIONS = [
  { id: "base-url", title: "Base URL" },
  { id: "authentication", title: "Authentication" },
  { id: "errors", title: "Errors" },
] as const;

/** "List users (search, page…)" → "List users": the contents list keeps to one idea per line. */
function short(summary: string): string {
  return summary.replace(/\s*\(.*\)$/, "");
}

const linkClass =
  "block rounded-md px-2 py-1 text-slate-600 outline-none hover:bg-slate-100 hover:text-slate-900 focus-visible:ring-2 focus-visible:ring-brand-500";

/** The page's table of contents: the introduction, then every operation by group. */
export function Contents({ groups }: { groups: OperationGroup[] }) {
  return (
    <ol className="space-y-4 text-sm">
      <li>
        <p className="px-2 pb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">
          Introduction
        </p>
        <ol>
          {INTRO_SECTIONS.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`} className={linkClass}>
                {section.title}
              </a>
            </li>
          ))}
        </ol>
      </li>
      {groups.map((group) => (
        <li key={group.id}>
          <a
            href={`#${group.id}`}
            className="block rounded-md px-2 pb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase outline-none hover:text-slate-900 focus-visible:ring-2 focus-visible:ring-brand-500"
          >
            {group.tag}
          </a>
          <ol>
            {group.operations.map((op) => (
              <li key={op.id}>
                <a href={`#op-${op.id}`} className={`${linkClass} flex items-start gap-2`}>
                  <span className="pt-0.5">
                    <MethodBadge method={op.method} size="sm" />
                  </span>
                  <span className="min-w-0">{short(op.summary)}</span>
                </a>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
