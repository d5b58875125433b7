// A TOTP setup key for typing into an authenticator app: monospace, in groups of four, with a
// Copy button that copies it without the spaces.
import { cx } from "../../ui/cx";
import { CopyButton } from "./CopyButton";

export function SecretKey({ secret, className }: { secret: string; className?: string }) {
  const groups = secret.match(/.{1,4}/g) ?? [];
  return (
    <div className={cx("rounded-lg border border-slate-200 bg-slate-50 p-3.5", className)}>
      <div className="flex items-center justify-between gap-3">
        <p className="text-xs font-medium tracking-wide text-slate-600 uppercase">Setup key</p>
        <CopyButton text={secret}>Copy key</CopyButton>
      </div>
      {/* Four groups a row; the spaces between them stay in the text for copying and reading. */}
      <p
        data-testid="totp-secret"
        className="mt-2.5 grid w-fit grid-cols-4 gap-x-3.5 gap-y-1 font-mono text-base leading-7 font-medium text-slate-900"
      >
        {groups.map((group, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: groups of one fixed string
          <span key={index}>
            {group}
            {index < groups.length - 1 ? " " : null}
          </span>
        ))}
      </p>
      <p className="mt-1.5 text-xs text-slate-500">Time-based, 6 digits, every 30 seconds.</p>
    </div>
  );
}
