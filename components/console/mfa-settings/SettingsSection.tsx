import type { ReactNode } from "react";

export interface SettingsSectionProps {
  /** The heading's id; the section is labelled by it. */
  id: string;
  title: string;
  description: string;
  /** A status next to the heading, e.g. a badge. */
  aside?: ReactNode;
  children: ReactNode;
}

/** A titled group of settings: heading and one line of context above its cards. */
export function SettingsSection({ id, title, description, aside, children }: SettingsSectionProps) {
  return (
    <section aria-labelledby={id}>
      <div className="mb-4 flex items-start justify-between gap-4">
        <div className="min-w-0 space-y-1">
          <h2 id={id} className="text-base font-semibold text-slate-900">
            {title}
          </h2>
          <p className="max-w-2xl text-sm text-slate-600">{description}</p>
        </div>
        {aside ? <div className="shrink-0 pt-0.5">{aside}</div> : null}
      </div>
      {children}
    </section>
  );
}
