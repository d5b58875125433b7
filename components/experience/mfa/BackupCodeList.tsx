"use client";
// A new set of backup codes, shown once: the codes, Copy, Download (a data: link, so it works
// without JavaScript) and the reminder that they will not be shown again. Focus moves to the
// codes when they appear, since the button that asked for them is gone.
import { useEffect, useRef } from "react";
import { buttonClasses } from "../../ui/Button";
import { CopyButton } from "./CopyButton";
import { DownloadIcon } from "./icons";

function codesFile(codes: string[], account: string): string {
  const lines = [
    `Twofold backup codes${account ? ` for ${account}` : ""}`,
    "Each code works once. Keep them somewhere safe.",
    "",
    ...codes,
    "",
  ];
  return `data:text/plain;charset=utf-8,${encodeURIComponent(lines.join("\n"))}`;
}

export function BackupCodeList({ codes, account }: { codes: string[]; account: string }) {
  const shown = useRef<HTMLDivElement>(null);
  useEffect(() => {
    shown.current?.focus();
  }, []);
  return (
    <div className="space-y-6">
      <div
        ref={shown}
        tabIndex={-1}
        className="rounded-xl border border-slate-200 bg-slate-50 p-4 outline-none sm:p-5"
      >
        <ul
          aria-label="Your backup codes"
          className="grid grid-cols-2 gap-x-4 gap-y-2.5 font-mono text-[0.9375rem] font-medium text-slate-900 tabular-nums"
        >
          {codes.map((code) => (
            <li key={code} className="text-center">
              {code}
            </li>
          ))}
        </ul>
      </div>
      <div className="flex gap-3 *:flex-1">
        <CopyButton text={codes.join("\n")} size="md">
          Copy
        </CopyButton>
        <a
          href={codesFile(codes, account)}
          download="backup-codes.txt"
          className={buttonClasses("secondary", "md", true)}
        >
          <DownloadIcon className="size-4" />
          Download
        </a>
      </div>
      <p role="status" className="text-sm leading-relaxed text-slate-600">
        <span className="font-medium text-slate-800">Each code works once.</span> Save them now —
        you won't be able to see them again.
      </p>
    </div>
  );
}
