import { buttonClasses } from "../../ui/Button";

export interface DemoLinkProps {
  /** Unsaved changes would not apply in the demo yet, so the link waits for a save. */
  dirty: boolean;
}

/** "Try it in the demo app": the saved settings, met through an app signing in with OIDC. */
export function DemoLink({ dirty }: DemoLinkProps) {
  return (
    <div className="mt-10 flex flex-wrap items-center gap-3 rounded-xl border border-slate-200 bg-slate-50 px-4 py-3 text-sm">
      <p className="min-w-0 flex-1 text-slate-600">
        {dirty
          ? "Save your changes to try them in the demo app."
          : "See the saved settings as an app's users meet them."}
      </p>
      {dirty ? (
        <button type="button" disabled className={buttonClasses("secondary", "sm")}>
          Try it in the demo app
        </button>
      ) : (
        <a href="/demo" target="_blank" rel="noopener" className={buttonClasses("secondary", "sm")}>
          Try it in the demo app
        </a>
      )}
    </div>
  );
}
