"use client";
// Runs one change on the account page behind re-verification: busy while it runs, its refusal
// shown in place, nothing shown when the user cancelled the re-verification.
import { useState } from "react";
import { errorText } from "../experience/mfa/errors";
import { errorInfo } from "../experience/mfa/flow-api";
import { ReverificationCancelled, useReverification } from "./Reverify";

export function useChange() {
  const guard = useReverification();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function run<T>(change: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    setError(undefined);
    try {
      return await guard(change);
    } catch (cause) {
      if (!(cause instanceof ReverificationCancelled)) setError(errorText(errorInfo(cause)));
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, setError, run };
}
