"use client";
import type { ChangeEvent, ReactNode } from "react";
import { TextField } from "../../ui/TextField";
import { useMfaForm } from "./form-context";
import { FIELD_NAMES, LIMITS } from "./form-model";

export interface LockoutFieldsProps {
  /** What else limits guessing, in a list under the fields. */
  notes: ReactNode;
}

const numberInput = {
  type: "number",
  inputMode: "numeric",
  step: 1,
  required: true,
  className: "tabular-nums sm:max-w-40",
} as const;

/** The second-factor lockout policy: failures allowed per hour, then minutes locked. */
export function LockoutFields({ notes }: LockoutFieldsProps) {
  const form = useMfaForm();
  const field = (name: "maxAttempts" | "lockoutDuration") => ({
    name: FIELD_NAMES[name],
    min: LIMITS[name].min,
    max: LIMITS[name].max,
    value: form.draft[name],
    onChange: (event: ChangeEvent<HTMLInputElement>) =>
      form.edit(name, { [name]: event.currentTarget.value }),
    onBlur: () => form.blur(name),
    error: form.errors[name],
  });
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-card sm:p-5">
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          {...numberInput}
          {...field("maxAttempts")}
          label="Failed attempts before lockout"
          hint="1–100 failures of one factor type within an hour"
        />
        <TextField
          {...numberInput}
          {...field("lockoutDuration")}
          label="Lockout duration (minutes)"
          hint="1–1440; that factor type stays locked this long"
        />
      </div>
      {notes}
    </div>
  );
}
