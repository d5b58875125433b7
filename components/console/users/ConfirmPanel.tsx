// An inline confirmation for a destructive action, opened by a link (`?confirm=…`) so it works
// without JavaScript: the question, what follows from it, Cancel (a link back) and the action.
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClasses } from "../../ui/Button";
import { cx } from "../../ui/cx";
import { WarningIcon } from "../../ui/icons";
import { FocusOnArrival } from "./FocusOnArrival";
import { PendingButton } from "./PendingButton";

export type FormAction = (form: FormData) => Promise<void>;

/** The link that opens a confirmation: quiet red text, a soft red hover, a button's height. */
export const DANGER_LINK =
  "inline-flex h-8 items-center rounded-lg px-3 text-sm font-medium whitespace-nowrap " +
  "text-red-700 transition-colors outline-none hover:bg-red-50 hover:text-red-800 " +
  "focus-visible:ring-2 focus-visible:ring-red-500 focus-visible:ring-offset-2";

export interface ConfirmPanelProps {
  id: string;
  title: string;
  children?: ReactNode;
  action: FormAction;
  /** Hidden fields the action reads (the user id, the factor id). */
  fields: Record<string, string>;
  confirmLabel: string;
  cancelHref: string;
  /** Extra inputs above the buttons, e.g. "type the username". */
  inputs?: ReactNode;
  className?: string;
}

export function ConfirmPanel({
  id,
  title,
  children,
  action,
  fields,
  confirmLabel,
  cancelHref,
  inputs,
  className,
}: ConfirmPanelProps) {
  const titleId = `${id}-title`;
  return (
    <FocusOnArrival
      labelledBy={titleId}
      className={cx(
        "rounded-lg border border-red-200 bg-red-50/70 p-4 outline-none focus-visible:ring-2 focus-visible:ring-red-500/50 sm:p-5",
        className,
      )}
    >
      <div className="flex gap-3">
        <WarningIcon className="mt-0.5 size-5 text-red-600" />
        <div className="min-w-0 flex-1">
          <h3 id={titleId} className="font-semibold text-red-950">
            {title}
          </h3>
          {children ? (
            <div className="mt-1 text-sm leading-relaxed text-red-900">{children}</div>
          ) : null}
          <form action={action} className="mt-4 space-y-4">
            {Object.entries(fields).map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            {inputs}
            {/* Side by side with the action on the right; stacked full-width on a phone. */}
            <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
              <Link
                href={cancelHref}
                scroll={false}
                className={cx(buttonClasses("secondary", "sm"), "justify-center")}
              >
                Cancel
              </Link>
              <PendingButton variant="danger" size="sm">
                {confirmLabel}
              </PendingButton>
            </div>
          </form>
        </div>
      </div>
    </FocusOnArrival>
  );
}
