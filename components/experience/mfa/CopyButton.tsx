"use client";
// Copies a text to the clipboard. Rendered only once JavaScript runs: without it, a button that
// does nothing would only mislead; the text stays selectable either way.
import { useEffect, useState, useSyncExternalStore } from "react";
import { Button, type ButtonProps } from "../../ui/Button";
import { CheckIcon, CopyIcon } from "./icons";

const subscribe = () => () => {};

export type CopyButtonProps = {
  text: string;
  /** Visible label, e.g. "Copy key"; it reads "Copied" for a moment after a copy. */
  children: string;
  variant?: ButtonProps["variant"];
  size?: ButtonProps["size"];
  className?: string;
};

export function CopyButton({
  text,
  children,
  variant = "secondary",
  size = "sm",
  className,
}: CopyButtonProps) {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    if (status === "idle") return;
    const timer = setTimeout(() => setStatus("idle"), 2500);
    return () => clearTimeout(timer);
  }, [status]);

  if (!hydrated) return null;

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  }

  return (
    <>
      <Button variant={variant} size={size} className={className} onClick={copy}>
        {status === "copied" ? (
          <CheckIcon className="size-4 text-emerald-600" />
        ) : (
          <CopyIcon className="size-4" />
        )}
        {status === "copied" ? "Copied" : children}
      </Button>
      <span role="status" className="sr-only">
        {status === "copied"
          ? "Copied to the clipboard."
          : status === "failed"
            ? "Could not copy. Select the text and copy it instead."
            : ""}
      </span>
    </>
  );
}
