"use client";
// A value to copy (client id, issuer, discovery URL, a secret shown once) with its Copy button.
import { useState } from "react";
import { Button } from "../../ui/Button";

export function CopyValue({ value, label }: { value: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex min-w-0 flex-col gap-2 sm:flex-row sm:items-center">
      <code className="block min-w-0 overflow-x-auto rounded-md bg-white px-3 py-2 font-mono text-sm text-slate-900 ring-1 ring-slate-200">
        {value}
      </code>
      <Button
        size="sm"
        variant="secondary"
        aria-label={`Copy ${label}`}
        onClick={async () => {
          await navigator.clipboard.writeText(value);
          setCopied(true);
        }}
      >
        {copied ? "Copied" : "Copy"}
      </Button>
    </div>
  );
}
