"use client";
// Re-verification on the account page, asked for inline: a guarded change that the server
// refuses with account.reverification_required opens this dialog (password, then one of the
// user's factors), and once it succeeds the change runs again — the user carries on where they were.
import { startAuthentication } from "@simplewebauthn/browser";
import {
  createContext,
  type FormEvent,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
} from "react";
import { FormError } from "../experience/FormError";
import type { FormState } from "../experience/form-state";
import { BackupCodeForm } from "../experience/mfa/BackupCodeForm";
import { errorText, type FormErrorInfo } from "../experience/mfa/errors";
import { errorInfo, FlowApiError } from "../experience/mfa/flow-api";
import { FactorIcon, FingerprintIcon } from "../experience/mfa/icons";
import { OneTimeCodeForm } from "../experience/mfa/OneTimeCodeForm";
import { usePasskeyCeremony } from "../experience/mfa/use-passkey-ceremony";
import { Button } from "../ui/Button";
import { TextField } from "../ui/TextField";
import {
  accountApi,
  type FactorType,
  REVERIFICATION_REQUIRED,
  type Reverification,
} from "./account-api";

/** Thrown when the user closes the dialog instead of re-verifying: the change is dropped. */
export class ReverificationCancelled extends Error {}

type Guard = <T>(change: () => Promise<T>) => Promise<T>;

const GuardContext = createContext<Guard>((change) => change());

/** Runs a change, asking the user to re-verify first when the server says so. */
export const useReverification = () => useContext(GuardContext);

type Pending = { passwordVerified: boolean; factors: FactorType[]; settle: (ok: boolean) => void };

export function ReverifyProvider({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<Pending | null>(null);

  const guard = useCallback<Guard>(async (change) => {
    try {
      return await change();
    } catch (cause) {
      if (!(cause instanceof FlowApiError) || cause.info.code !== REVERIFICATION_REQUIRED)
        throw cause;
      const data = cause.info.data ?? {};
      const ok = await new Promise<boolean>((settle) =>
        setPending({
          passwordVerified: data.passwordVerified === true,
          factors: Array.isArray(data.availableFactors)
            ? (data.availableFactors as FactorType[])
            : [],
          settle,
        }),
      );
      setPending(null);
      if (!ok) throw new ReverificationCancelled();
      return change();
    }
  }, []);

  return (
    <GuardContext.Provider value={guard}>
      {children}
      {pending ? <ReverifyDialog {...pending} /> : null}
    </GuardContext.Provider>
  );
}

const METHOD_LABEL: Record<FactorType, string> = {
  Totp: "Use your authenticator app",
  WebAuthn: "Use a passkey",
  BackupCode: "Use a backup code",
};

const RESTART = new Set(["session.mfa.too_many_attempts", REVERIFICATION_REQUIRED]);

function ReverifyDialog({ passwordVerified, factors, settle }: Pending) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [step, setStep] = useState<"password" | "factor">(passwordVerified ? "factor" : "password");
  const [available, setAvailable] = useState(factors);
  const [method, setMethod] = useState<FactorType | undefined>(factors[0]);
  const [notice, setNotice] = useState<string>();
  const cancel = () => settle(false);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  /** After a step: done, or on to the factor step. */
  function advance(state: Reverification) {
    if (state.verified) return settle(true);
    setAvailable(state.availableFactors);
    setMethod((m) => (m && state.availableFactors.includes(m) ? m : state.availableFactors[0]));
    setStep("factor");
  }

  /** A refusal that ends this re-verification sends the user back to the password. */
  function refused(info: FormErrorInfo): FormState {
    if (RESTART.has(info.code)) {
      setNotice(
        info.code === REVERIFICATION_REQUIRED
          ? "That took too long. Enter your password again."
          : "Too many failed attempts. Enter your password again.",
      );
      setStep("password");
      return {};
    }
    return { error: info };
  }

  async function factorStep(run: () => Promise<Reverification>): Promise<FormState> {
    try {
      advance(await run());
      return {};
    } catch (cause) {
      return refused(errorInfo(cause));
    }
  }

  return (
    <dialog
      ref={dialog}
      aria-labelledby="reverify-title"
      onCancel={() => settle(false)}
      className="m-auto w-[calc(100%-1.5rem)] max-w-md rounded-2xl border border-slate-200 bg-white p-0 shadow-card backdrop:bg-slate-900/40"
    >
      <div className="space-y-6 px-5 py-6 sm:px-8 sm:py-8">
        <div className="space-y-1.5">
          <h2 id="reverify-title" className="text-lg font-semibold text-slate-900">
            Confirm it's you
          </h2>
          <p className="text-sm leading-relaxed text-slate-600">
            {step === "password"
              ? "Before you change how you sign in, enter your password."
              : "Now confirm with one of your 2-step verification methods."}
          </p>
        </div>
        {step === "password" ? (
          <PasswordStep notice={notice} onVerified={advance} onCancel={cancel} />
        ) : method ? (
          <div className="space-y-5">
            {method === "Totp" ? (
              <OneTimeCodeForm
                autoFocus
                onCancel={cancel}
                action={(_s, form) =>
                  factorStep(() => accountApi.totp(String(form.get("code") ?? "")))
                }
              />
            ) : method === "BackupCode" ? (
              <BackupCodeForm
                onCancel={cancel}
                action={(_s, form) =>
                  factorStep(() => accountApi.backupCode(String(form.get("code") ?? "")))
                }
              />
            ) : (
              <PasskeyStep onVerified={advance} onRefused={refused} onCancel={cancel} />
            )}
            {available.length > 1 ? (
              <div className="space-y-2 border-t border-slate-100 pt-4">
                <p className="text-sm font-medium text-slate-700">Or</p>
                {available
                  .filter((t) => t !== method)
                  .map((t) => (
                    <Button
                      key={t}
                      variant="secondary"
                      size="md"
                      fullWidth
                      onClick={() => setMethod(t)}
                    >
                      <FactorIcon type={t} className="size-4" />
                      {METHOD_LABEL[t]}
                    </Button>
                  ))}
              </div>
            ) : null}
          </div>
        ) : null}
      </div>
    </dialog>
  );
}

function PasswordStep({
  notice,
  onVerified,
  onCancel,
}: {
  notice?: string;
  onVerified: (state: Reverification) => void;
  onCancel: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get("password") ?? "");
    if (!password) return setError("Enter your password.");
    setBusy(true);
    setError(undefined);
    try {
      onVerified(await accountApi.password(password));
    } catch (cause) {
      setError(errorText(errorInfo(cause)));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-5" noValidate>
      <FormError message={notice && !error ? notice : undefined} />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        autoFocus
        error={error}
      />
      {/* Side by side with the action on the right; stacked full-width on a phone. */}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" size="md" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" size="md" loading={busy}>
          Continue
        </Button>
      </div>
    </form>
  );
}

function PasskeyStep({
  onVerified,
  onRefused,
  onCancel,
}: {
  onVerified: (state: Reverification) => void;
  onRefused: (info: FormErrorInfo) => FormState;
  onCancel: () => void;
}) {
  const { busy, error, run } = usePasskeyCeremony("use", {
    onApiError: (info) => !onRefused(info).error,
  });
  const verify = () =>
    run(async (prompt) => {
      const started = await accountApi.passkeyChallenge();
      const payload = await prompt(() =>
        startAuthentication({ optionsJSON: started.authenticationOptions }),
      );
      onVerified(await accountApi.passkeyAssertion(started.verificationId, payload));
      return "done";
    });
  return (
    <div className="space-y-4">
      <FormError message={error} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" size="md" onClick={onCancel}>
          Cancel
        </Button>
        <Button variant="primary" size="md" loading={busy} onClick={verify} autoFocus>
          {busy ? null : <FingerprintIcon className="size-5" />}
          Use your passkey
        </Button>
      </div>
    </div>
  );
}
