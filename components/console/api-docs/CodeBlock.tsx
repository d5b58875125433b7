import { CopyButton } from "../../experience/mfa/CopyButton";

/** A titled, copyable block of code; long lines scroll inside the block, never the page. */
export function CodeBlock({ title, code }: { title: string; code: string }) {
  return (
    <div className="overflow-hidden rounded-lg border border-slate-800 bg-slate-900">
      <div className="flex items-center justify-between gap-3 border-b border-slate-800 py-1.5 pr-1.5 pl-4">
        <span className="text-xs font-medium text-slate-300">{title}</span>
        <CopyButton text={code} variant="secondary" size="sm">
          Copy
        </CopyButton>
      </div>
      <pre className="overflow-x-auto p-4 font-mono text-[13px] leading-relaxed text-slate-100">
        <code>{code}</code>
      </pre>
    </div>
  );
}
