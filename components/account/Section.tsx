// One factor type's card on the account page: icon, title, one line, state and actions.
import { Children, type ReactNode } from "react";
import { FactorIcon, IconTile } from "../experience/mfa/icons";
import { Card } from "../ui/Card";
import type { FactorType } from "./account-api";

export type SectionProps = {
  type: FactorType;
  title: string;
  description: string;
  /** A badge or short state beside the title. */
  status?: ReactNode;
  /** The card's main action(s), top right (below the text on phones). */
  actions?: ReactNode;
  children?: ReactNode;
};

export function Section({ type, title, description, status, actions, children }: SectionProps) {
  const headingId = `section-${type}`;
  return (
    <Card padding="none" aria-labelledby={headingId} role="region">
      <div className="flex flex-col gap-4 p-5 sm:flex-row sm:items-start sm:p-6">
        <div className="flex min-w-0 flex-1 gap-4">
          <IconTile>
            <FactorIcon type={type} className="size-5" />
          </IconTile>
          <div className="min-w-0 space-y-1">
            <div className="flex flex-wrap items-center gap-2">
              <h2 id={headingId} className="text-base font-semibold text-slate-900">
                {title}
              </h2>
              {status}
            </div>
            <p className="text-sm leading-relaxed text-slate-600">{description}</p>
          </div>
        </div>
        {actions ? (
          <div data-needs-js className="flex shrink-0 gap-2 pl-14 sm:justify-end sm:pl-0">
            {actions}
          </div>
        ) : null}
      </div>
      {Children.toArray(children).length > 0 ? (
        <div className="border-t border-slate-100">{children}</div>
      ) : null}
    </Card>
  );
}
