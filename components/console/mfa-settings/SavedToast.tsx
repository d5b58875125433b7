import { SuccessIcon } from "../../ui/status-icons";

/**
 * The "Saved" confirmation. The live region stays mounted so the message is announced when it
 * appears; the parent decides how long it shows.
 */
export function SavedToast({ show }: { show: boolean }) {
  return (
    <div
      role="status"
      aria-live="polite"
      className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex justify-center p-4 sm:justify-end sm:p-6"
    >
      {show ? (
        <div className="pointer-events-auto flex items-start gap-3 rounded-xl bg-slate-900 px-4 py-3 text-sm text-white shadow-lg transition-[opacity,translate] duration-200 starting:translate-y-2 starting:opacity-0 motion-reduce:transition-none">
          <SuccessIcon className="mt-px size-5 text-emerald-400" />
          <div>
            <p className="font-medium">Saved</p>
            <p className="text-slate-300">The hosted pages use the new settings now.</p>
          </div>
        </div>
      ) : null}
    </div>
  );
}
