import { type ReactNode, useId } from "react";
import { cx } from "../../ui/cx";
import { ErrorIcon } from "../../ui/icons";
import type { PolicyMode, PromptPolicy } from "./form-model";

export const PROMPT_LABELS: Record<PromptPolicy, string> = {
  PromptAtSignInAndSignUp: "Ask at registration, and once at the next sign-in for existing users",
  PromptOnlyAtSignIn: "Ask once, at the first sign-in after registration",
  NoPrompt: "Never ask; people turn it on from their account",
};

export interface PolicyFieldsetProps {
  /** The id of the visible heading that names the group. */
  labelledBy: string;
  modeName: string;
  promptName: string;
  mode: PolicyMode;
  prompt: PromptPolicy;
  onModeChange: (mode: PolicyMode) => void;
  onPromptChange: (prompt: PromptPolicy) => void;
  /** Grey out the prompt choice under Mandatory; false until hydrated, so a plain post keeps it. */
  disablePromptWhenMandatory: boolean;
  error?: string;
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
export function PolicyFieldset({
  labelledBy,
  modeName,
  promptName,
  mode,
  prompt,
  onModeChange,
  onPromptChange,
  disablePromptWhenMandatory,
  error,
}: PolicyFieldsetProps) {
  const id = useId();
  const promptDisabled = disablePromptWhenMandatory && mode === "Mandatory";
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
        name={modeName}
        value="UserControlled"
        checked={mode === "UserControlled"}
        onChange={() => onModeChange("UserControlled")}
        label="User-controlled MFA"
        description="People choose whether to add a second factor; you decide when they are asked"
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
          {(Object.keys(PROMPT_LABELS) as PromptPolicy[]).map((value) => (
            <div key={value} className="clear-left flex gap-3">
              <input
                id={`${id}-${value}`}
                type="radio"
                name={promptName}
                value={value}
                checked={prompt === value}
                onChange={() => onPromptChange(value)}
                className={radioClass}
              />
              <label
                htmlFor={`${id}-${value}`}
                className={cx("text-sm text-slate-700", !promptDisabled && "cursor-pointer")}
              >
                {PROMPT_LABELS[value]}
                {value === "PromptAtSignInAndSignUp" ? (
                  <span className="ml-2 text-slate-500">(default)</span>
                ) : null}
              </label>
            </div>
          ))}
        </fieldset>
      </Option>
      <Option
        id={`${id}-mandatory`}
        name={modeName}
        value="Mandatory"
        checked={mode === "Mandatory"}
        onChange={() => onModeChange("Mandatory")}
        label="Mandatory MFA"
        description="Everyone must set up and use a second factor at every sign-in"
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
