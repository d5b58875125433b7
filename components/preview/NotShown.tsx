// What the preview shows for a screen the current settings never lead to.
import { EyeSlashIcon } from "./icons";

export function NotShown({ reason }: { reason: string }) {
  return (
    <div className="flex min-h-dvh items-center justify-center bg-slate-50 p-6">
      <div className="flex max-w-sm flex-col items-center gap-3 rounded-2xl border border-dashed border-slate-300 bg-white/60 px-8 py-10 text-center">
        <span className="flex size-10 items-center justify-center rounded-xl bg-slate-100 text-slate-500">
          <EyeSlashIcon className="size-5" />
        </span>
        <p className="text-sm font-medium text-slate-800">Not shown with these settings</p>
        <p className="text-sm leading-relaxed text-pretty text-slate-600">{reason}</p>
      </div>
    </div>
  );
}
