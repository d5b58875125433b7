"use client";
// The busy/error state every passkey button shares: run the steps; a prompt the browser ended
// without a credential says why in place; an API refusal goes to its page (a lockout, a dead
// flow) or is shown in place, unless the caller handles it.
import { useState } from "react";
import type { FormErrorInfo } from "./errors";
import { errorText } from "./errors";
import { errorInfo, pageForError } from "./flow-api";
import { ceremonyErrorText } from "./webauthn-errors";

class PromptEnded extends Error {}

export type CeremonySteps = (
  prompt: <T>(browserStep: () => Promise<T>) => Promise<T>,
) => Promise<"done" | "navigating">;

export type CeremonyOptions = {
  /** Return true when the caller dealt with the refusal itself. */
  onApiError?: (info: FormErrorInfo) => boolean;
};

export function usePasskeyCeremony(kind: "create" | "use", options: CeremonyOptions = {}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function run(steps: CeremonySteps) {
    setBusy(true);
    setError(undefined);
    const prompt = async <T>(browserStep: () => Promise<T>) => {
      try {
        return await browserStep();
      } catch (cause) {
        throw new PromptEnded(ceremonyErrorText(cause, kind));
      }
    };
    try {
      // Stay busy while the page moves on.
      if ((await steps(prompt)) === "navigating") return;
    } catch (cause) {
      if (cause instanceof PromptEnded) {
        setError(cause.message);
      } else {
        const info = errorInfo(cause);
        const page = pageForError(info);
        if (page && !options.onApiError) {
          window.location.assign(page);
          return;
        }
        if (!options.onApiError?.(info)) setError(errorText(info));
      }
    }
    setBusy(false);
  }

  return { busy, error, setError, run };
}
