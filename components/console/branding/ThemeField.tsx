// The hosted pages' colour scheme: follow the visitor's system, or always light or dark.
import type { DarkMode } from "@/lib/branding/schemas";
import { cx } from "../../ui/cx";

const OPTIONS: { value: DarkMode; label: string; hint: string }[] = [
  { value: "auto", label: "Automatic", hint: "Follows the system" },
  { value: "light", label: "Light", hint: "Always light" },
  { value: "dark", label: "Dark", hint: "Always dark" },
];

export function ThemeField({
  name,
  value,
  onChange,
}: {
  name: string;
  value: DarkMode;
  onChange: (value: DarkMode) => void;
}) {
  return (
    <fieldset>
      <legend className="mb-1.5 text-sm font-medium text-slate-800">Colour scheme</legend>
      <div className="grid gap-2 sm:grid-cols-3">
        {OPTIONS.map((option) => (
          <label
            key={option.value}
            className={cx(
              "flex cursor-pointer items-start gap-2.5 rounded-lg border bg-white px-3 py-2.5 text-sm has-focus-visible:ring-2 has-focus-visible:ring-brand-500",
              value === option.value
                ? "border-brand-500 ring-1 ring-brand-500"
                : "border-slate-300",
            )}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              className="mt-0.5 accent-brand-600"
            />
            <span>
              <span className="block font-medium text-slate-900">{option.label}</span>
              <span className="block text-slate-600">{option.hint}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
