"use client";
// "Remember this device" under the policy: a switch, and how many days a remembered browser
// skips the second factor. Both post with the form (the days field always, so a plain post
// says the switch is off by leaving it out).
import type { ReactNode } from "react";
import { TextField } from "../../ui/TextField";
import { useMfaForm } from "./form-context";
import { FIELD_NAMES, LIMITS } from "./form-model";
import { Switch } from "./Switch";

export interface RememberDeviceFieldsProps {
  /** The switch's id; the server-drawn text names `${id}-hint`. */
  id: string;
  /** The switch's label and what remembering a device means. */
  text: ReactNode;
}

export function RememberDeviceFields({ id, text }: RememberDeviceFieldsProps) {
  const form = useMfaForm();
  return (
    <div className="mt-4 rounded-xl border border-slate-200 bg-white p-4 shadow-card sm:p-5">
      <div className="flex items-start justify-between gap-4">
        {text}
        <Switch
          id={id}
          name={FIELD_NAMES.rememberDevice}
          checked={form.draft.rememberDevice}
          onChange={(event) =>
            form.edit("rememberDays", { rememberDevice: event.currentTarget.checked })
          }
          aria-describedby={`${id}-hint`}
        />
      </div>
      <TextField
        type="number"
        inputMode="numeric"
        step={1}
        required
        containerClassName="mt-4"
        className="tabular-nums sm:max-w-40"
        label="Remember for (days)"
        name={FIELD_NAMES.rememberDays}
        min={LIMITS.rememberDays.min}
        max={LIMITS.rememberDays.max}
        value={form.draft.rememberDays}
        onChange={(event) => form.edit("rememberDays", { rememberDays: event.currentTarget.value })}
        onBlur={() => form.blur("rememberDays")}
        error={form.errors.rememberDays}
        hint={`${LIMITS.rememberDays.min}–${LIMITS.rememberDays.max}; after that the browser asks again`}
      />
    </div>
  );
}
