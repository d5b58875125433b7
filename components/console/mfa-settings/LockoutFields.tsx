import { FLOW_MFA_FAILURES } from "@/lib/experience/mfa/attempts";
import { TextField } from "../../ui/TextField";
import { FIELD_NAMES, LIMITS } from "./form-model";

export interface LockoutFieldsProps {
  maxAttempts: string;
  lockoutDuration: string;
  onChange: (field: "maxAttempts" | "lockoutDuration", value: string) => void;
  onBlur: (field: "maxAttempts" | "lockoutDuration") => void;
  errors: { maxAttempts?: string; lockoutDuration?: string };
}

const numberInput = {
  type: "number",
  inputMode: "numeric",
  step: 1,
  required: true,
  className: "tabular-nums sm:max-w-40",
} as const;

/** The second-factor lockout policy: failures allowed per hour, then minutes locked. */
export function LockoutFields({
  maxAttempts,
  lockoutDuration,
  onChange,
  onBlur,
  errors,
}: LockoutFieldsProps) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-card sm:p-5">
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          {...numberInput}
          label="Failed attempts before lockout"
          name={FIELD_NAMES.maxAttempts}
          min={LIMITS.maxAttempts.min}
          max={LIMITS.maxAttempts.max}
          value={maxAttempts}
          onChange={(event) => onChange("maxAttempts", event.currentTarget.value)}
          onBlur={() => onBlur("maxAttempts")}
          error={errors.maxAttempts}
          hint="1–100 failures of one factor type within an hour"
        />
        <TextField
          {...numberInput}
          label="Lockout duration (minutes)"
          name={FIELD_NAMES.lockoutDuration}
          min={LIMITS.lockoutDuration.min}
          max={LIMITS.lockoutDuration.max}
          value={lockoutDuration}
          onChange={(event) => onChange("lockoutDuration", event.currentTarget.value)}
          onBlur={() => onBlur("lockoutDuration")}
          error={errors.lockoutDuration}
          hint="1–1440; that factor type stays locked this long"
        />
      </div>
      <ul className="mt-5 list-disc space-y-1.5 border-t border-slate-100 pt-4 pl-5 text-sm text-slate-600">
        <li data-limit="flow">
          Each sign-in also allows {FLOW_MFA_FAILURES} wrong second-factor attempts; then that
          sign-in is locked and the person starts again from the password (the hourly count above is
          not reset).
        </li>
        <li>
          After 100 failures in a row, a factor type stays locked until an admin unlocks it or the
          person verifies another factor.
        </li>
      </ul>
    </div>
  );
}
