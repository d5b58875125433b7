"use client";
import { type ReactNode, useEffect, useRef } from "react";
import type { FactorType } from "@/lib/mfa/factor-types";
import { cx } from "../../ui/cx";
import { ErrorIcon } from "../../ui/status-icons";
import { useMfaForm } from "./form-context";
import { FIELD_NAMES } from "./form-model";
import { Switch } from "./Switch";

export interface FactorCardProps {
  /** Checked cards post their type under the factors field. */
  type: FactorType;
  /** The switch's id; the server-drawn parts name `${id}-description` and `${id}-note`. */
  id: string;
  /** A 24px outline icon. */
  icon: ReactNode;
  /** The title (a <label> for the switch) and the description. */
  text: ReactNode;
  /** Extra context under the description, in a band at the card's foot. */
  note?: ReactNode;
  /** The card shows the form's factor rule when broken (backup codes alone). */
  showsFactorsError?: boolean;
}

/** One factor: icon, title, one line of description and its switch. The whole row toggles. */
export function FactorCard({
  type,
  id,
  icon,
  text,
  note,
  showsFactorsError = false,
}: FactorCardProps) {
  const form = useMfaForm();
  const checked = form.draft.factors.includes(type);
  const error = showsFactorsError ? form.errors.factors : undefined;
  const errorRef = useRef<HTMLParagraphElement>(null);
  // The rule appears under the card, where the sticky save bar may cover it: bring it up.
  useEffect(() => {
    if (error) errorRef.current?.scrollIntoView({ block: "nearest" });
  }, [error]);
  const describedBy = [`${id}-description`, note && `${id}-note`, error && `${id}-error`]
    .filter(Boolean)
    .join(" ");
  return (
    <div
      className={cx(
        "overflow-hidden rounded-xl border bg-white shadow-card transition-[border-color,box-shadow] duration-150",
        error
          ? "border-red-300 ring-1 ring-red-200"
          : checked
            ? "border-brand-300 ring-1 ring-brand-200"
            : "border-slate-200",
      )}
    >
      <div className="relative flex items-center gap-4 p-4 transition-colors hover:bg-slate-50/70 sm:px-5">
        <span
          aria-hidden="true"
          className={cx(
            "flex size-10 shrink-0 items-center justify-center rounded-lg ring-1 ring-inset transition-colors",
            checked
              ? "bg-brand-50 text-brand-600 ring-brand-200"
              : "bg-slate-50 text-slate-500 ring-slate-200",
          )}
        >
          {icon}
        </span>
        {text}
        <Switch
          id={id}
          name={FIELD_NAMES.factors}
          value={type}
          checked={checked}
          onChange={(event) => form.toggleFactor(type, event.currentTarget.checked)}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className="z-10"
        />
      </div>
      {note}
      {error ? (
        <p
          ref={errorRef}
          id={`${id}-error`}
          role="alert"
          className="flex scroll-mb-40 items-start gap-2 border-t border-red-100 bg-red-50 px-4 py-3 text-sm text-red-800 sm:px-5"
        >
          <ErrorIcon className="mt-px size-5 text-red-600" />
          <span>{error}</span>
        </p>
      ) : null}
    </div>
  );
}
