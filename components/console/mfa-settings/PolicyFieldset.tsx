"use client";
import { type ReactNode, useId } from "react";
import { cx } from "../../ui/cx";
import { ErrorIcon } from "../../ui/status-icons";
import { useMfaForm } from "./form-context";
import { FIELD_NAMES, type PolicyMode, PROMPT_POLICIES, type PromptPolicy } from "./form-model";

type OptionCopy = { label: string; description: string };

/** The words of the choices, drawn on the server. */
export type PolicyCopy = Record<PolicyMode, OptionCopy> & {
  prompts: Record<PromptPolicy, ReactNode>;
};

export interface PolicyFieldsetProps {
  /** The id of the visible heading that names the group. */
  labelledBy: string;
  copy: PolicyCopy;
}

const radioClass =
  "mt-0.5 size-4 shrink-0 cursor-pointer accent-brand-600 disabled:cursor-not-allowed";

function Option({
  id,
  name,
  value,
  checked,
  onChange,
  label,
  description,
  selected,
  children,
}: {
  id: string;
  name: string;
  value: string;
  checked: boolean;
  onChange: () => void;
  label: string;
  description: string;
  selected: boolean;
  children?: ReactNode;
}) {
  return (
    <div className={cx("p-4 transition-colors sm:p-5", selected && "bg-brand-50/40")}>
      <div className="flex gap-3">
        <input
          id={id}
          type="radio"
          name={name}
          value={value}
          checked={checked}
          onChange={onChange}
          aria-describedby={`${id}-description`}
          className={radioClass}
        />
        <div className="min-w-0 flex-1">
          <label htmlFor={id} className="cursor-pointer text-sm font-semibold text-slate-900">
            {label}
          </label>
          <p id={`${id}-description`} className="mt-0.5 text-sm text-slate-600">
            {description}
          </p>
        </div>
      </div>
      {children}
    </div>
  );
}

/** User-controlled MFA (with when to ask) or Mandatory MFA, as two nested radio groups. */
export function PolicyFieldset({ labelledBy, copy }: PolicyFieldsetProps) {
  const form = useMfaForm();
  const { mode, prompt } = form.draft;
  const error = form.errors.policy;
  const onModeChange = (next: PolicyMode) => form.edit("policy", { mode: next });
  const id = useId();
  // Greyed out under Mandatory once hydrated: until then a plain post keeps the choice.
  const promptDisabled = form.enhanced && mode === "Mandatory";
  return (
    <fieldset
      aria-labelledby={labelledBy}
      aria-describedby={error ? `${id}-error` : undefined}
      className={cx(
        "divide-y divide-slate-100 overflow-hidden rounded-xl border bg-white shadow-card",
        error ? "border-red-300 ring-1 ring-red-200" : "border-slate-200",
      )}
    >
      <Option
        id={`${id}-user`}
        name={FIELD_NAMES.mode}
        value="UserControlled"
        checked={mode === "UserControlled"}
        onChange={() => onModeChange("UserControlled")}
        {...copy.UserControlled}
        selected={mode === "UserControlled"}
      >
        <fieldset
          disabled={promptDisabled}
          className={cx(
            "mt-4 ml-7 space-y-2.5 border-l-2 border-slate-200 pl-4 transition-opacity",
            promptDisabled && "opacity-50",
          )}
        >
          <legend className="float-left mb-2.5 w-full text-xs font-medium tracking-wide text-slate-500 uppercase">
            When to ask
          </legend>
          {PROMPT_POLICIES.map((value) => (
            <div key={value} className="clear-left flex gap-3">
              <input
                id={`${id}-${value}`}
                type="radio"
                name={FIELD_NAMES.prompt}
                value={value}
                checked={prompt === value}
                onChange={() => form.edit("policy", { prompt: value })}
                className={radioClass}
              />
              <label
                htmlFor={`${id}-${value}`}
                className={cx("text-sm text-slate-700", !promptDisabled && "cursor-pointer")}
              >
                {copy.prompts[value]}
              </label>
            </div>
          ))}
        </fieldset>
      </Option>
      <Option
        id={`${id}-mandatory`}
        name={FIELD_NAMES.mode}
        value="Mandatory"
        checked={mode === "Mandatory"}
        onChange={() => onModeChange("Mandatory")}
        {...copy.Mandatory}
        selected={mode === "Mandatory"}
      />
      {error ? (
        <p
          id={`${id}-error`}
          role="alert"
          className="flex items-start gap-2 bg-red-50 px-4 py-3 text-sm text-red-800 sm:px-5"
        >
          <ErrorIcon className="mt-px size-5 text-red-600" />
          <span>{error}</span>
        </p>
      ) : null}
    </fieldset>
  );
}
