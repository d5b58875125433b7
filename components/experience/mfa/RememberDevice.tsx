// "Don't ask again on this device for N days": a plain checkbox that posts `rememberDevice=on`
// with the form it sits in, so it works without JavaScript too.
import { useId } from "react";

export const REMEMBER_FIELD = "rememberDevice";

export type RememberDeviceProps = {
  days: number;
  /** For forms driven by script (the passkey step) rather than posted. */
  checked?: boolean;
  onChange?: (checked: boolean) => void;
};

export function RememberDevice({ days, checked, onChange }: RememberDeviceProps) {
  const id = useId();
  return (
    <div className="flex items-start gap-2.5">
      <input
        id={id}
        type="checkbox"
        name={REMEMBER_FIELD}
        checked={checked}
        onChange={onChange ? (event) => onChange(event.currentTarget.checked) : undefined}
        aria-describedby={`${id}-hint`}
        className="mt-0.5 size-4 shrink-0 cursor-pointer rounded border-slate-300 accent-brand-600"
      />
      <div className="text-sm">
        <label htmlFor={id} className="cursor-pointer font-medium text-slate-800">
          Don't ask again on this device for {days} {days === 1 ? "day" : "days"}
        </label>
        <p id={`${id}-hint`} className="text-slate-600">
          Only on a device you don't share. You can remove it from your account page.
        </p>
      </div>
    </div>
  );
}
