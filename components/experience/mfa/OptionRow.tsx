"use client";
// One choice in a list of methods (a factor to add, another way to verify): an icon, a label, a
// line of explanation and a chevron, as a link or as a form's submit button.
import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { cx } from "../../ui/cx";
import { Spinner } from "../../ui/Spinner";
import { ChevronRightIcon, IconTile } from "./client-icons";

const rowClasses =
  "group flex w-full items-center gap-4 rounded-xl border border-slate-200 bg-white p-4 " +
  "text-left shadow-xs transition-colors outline-none hover:border-brand-300 hover:bg-brand-50/50 " +
  "focus-visible:border-brand-500 focus-visible:ring-2 focus-visible:ring-brand-500/40 " +
  "disabled:cursor-wait";

type RowContent = { icon: ReactNode; label: string; hint: string };

function Content({ icon, label, hint, busy }: RowContent & { busy?: boolean }) {
  return (
    <>
      <IconTile>{icon}</IconTile>
      <span className="min-w-0 flex-1">
        <span className="block font-medium text-slate-900">{label}</span>
        <span className="mt-0.5 block text-sm text-pretty text-slate-600">{hint}</span>
      </span>
      {busy ? (
        <Spinner size="sm" className="text-brand-600" />
      ) : (
        <ChevronRightIcon className="size-5 text-slate-400 transition-colors group-hover:text-brand-600" />
      )}
    </>
  );
}

export function OptionLink({ href, ...content }: RowContent & { href: string }) {
  return (
    <a href={href} className={rowClasses}>
      <Content {...content} />
    </a>
  );
}

/** The submit button of the surrounding form, showing a spinner while its action runs. */
export function OptionSubmit(content: RowContent) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      className={cx(rowClasses)}
      disabled={pending}
      aria-busy={pending || undefined}
    >
      <Content {...content} busy={pending} />
    </button>
  );
}
