"use client";
// A modal question before a change that cannot be undone (remove a factor, replace codes).
import { type ReactNode, useEffect, useRef } from "react";
import { Button } from "../ui/Button";

export type ConfirmDialogProps = {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  tone?: "danger" | "primary";
  onConfirm: () => void;
  onCancel: () => void;
};

export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  tone = "danger",
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      aria-labelledby="confirm-title"
      onCancel={onCancel}
      className="m-auto w-[calc(100%-1.5rem)] max-w-md rounded-2xl border border-slate-200 bg-white p-0 shadow-card backdrop:bg-slate-900/40"
    >
      <div className="space-y-5 px-5 py-6 sm:px-7 sm:py-7">
        <div className="space-y-2">
          <h2 id="confirm-title" className="text-lg font-semibold text-slate-900">
            {title}
          </h2>
          <div className="text-sm leading-relaxed text-slate-600">{children}</div>
        </div>
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" size="md" onClick={onCancel} autoFocus>
            Cancel
          </Button>
          <Button variant={tone} size="md" onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </div>
      </div>
    </dialog>
  );
}
