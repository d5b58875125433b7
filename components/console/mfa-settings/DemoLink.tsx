// "Try it in the demo app": the saved settings, met through an app signing in with OIDC. Drawn
// on the server; while there are unsaved changes (which the demo would not show yet) the link
// gives way to a disabled button.
import { buttonClasses } from "../../ui/Button";
import { WhileDirty } from "./shown-when";

export function DemoLink() {
  return (
    <div className="mt-10 flex flex-wrap items-center gap-3 rounded-xl border border-slate-200 bg-slate-50 px-4 py-3 text-sm">
      <p className="min-w-0 flex-1 text-slate-600">
        <WhileDirty
          dirty="Save your changes to try them in the demo app."
          clean="See the saved settings as an app's users meet them."
        />
      </p>
      <WhileDirty
        dirty={
          <button type="button" disabled className={buttonClasses("secondary", "sm")}>
            Try it in the demo app
          </button>
        }
        clean={
          <a
            href="/demo"
            target="_blank"
            rel="noopener"
            className={buttonClasses("secondary", "sm")}
          >
            Try it in the demo app
          </a>
        }
      />
    </div>
  );
}
