import { Button } from "../../ui/Button";
import { cx } from "../../ui/cx";
import { ErrorIcon } from "../../ui/status-icons";

export interface SaveBarProps {
  /** False until hydrated: the bar is then always shown, and Discard is a plain reset button. */
  enhanced: boolean;
  dirty: boolean;
  /** How many rules the form breaks: while any, Save is disabled and the bar says so. */
  problems: number;
  saving: boolean;
  /** A refused save that belongs to no single field. */
  error?: string;
  onDiscard: () => void;
}

/**
 * Sticks to the bottom of the viewport while the form differs from the saved settings. Without
 * JavaScript it is always there, inside <noscript> so it never flashes before hydration.
 */
export function SaveBar(props: SaveBarProps) {
  if (!props.enhanced) {
    return (
      <noscript>
        <Bar {...props} />
      </noscript>
    );
  }
  return props.dirty ? <Bar {...props} /> : null;
}

function Bar({ enhanced, problems, saving, error, onDiscard }: SaveBarProps) {
  const invalid = problems > 0;
  const message = !enhanced
    ? "Changes apply to the hosted pages as soon as you save."
    : invalid
      ? `Fix the ${problems === 1 ? "error" : "errors"} above to save`
      : "You have unsaved changes";
  return (
    <div className="sticky bottom-0 z-20 pt-6 pb-4 sm:pb-6">
      <section
        aria-label="Save changes"
        className={cx(
          "rounded-xl border border-slate-200 bg-white/95 px-4 py-3 shadow-lg shadow-slate-900/10 backdrop-blur",
          "transition-[opacity,translate] duration-200 starting:translate-y-2 starting:opacity-0",
          "motion-reduce:transition-none",
        )}
      >
        {error ? (
          <p
            role="alert"
            className="mb-3 flex items-start gap-2 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800"
          >
            <ErrorIcon className="mt-px size-5 text-red-600" />
            <span>{error}</span>
          </p>
        ) : null}
        <div className="flex items-center gap-4">
          <p className="flex min-w-0 flex-1 items-center gap-2.5 text-sm leading-snug font-medium text-slate-900">
            {enhanced ? (
              <span
                aria-hidden="true"
                className={cx(
                  "size-2 shrink-0 rounded-full",
                  invalid ? "bg-red-500" : "bg-amber-500",
                )}
              />
            ) : null}
            {message}
          </p>
          <div className="flex shrink-0 gap-2">
            <Button
              type={enhanced ? "button" : "reset"}
              variant="secondary"
              onClick={enhanced ? onDiscard : undefined}
              disabled={saving}
            >
              Discard
            </Button>
            <Button
              type="submit"
              loading={saving}
              disabled={enhanced && invalid}
              aria-keyshortcuts="Control+S Meta+S"
            >
              Save
            </Button>
          </div>
        </div>
      </section>
    </div>
  );
}
