"use client";
// Parts of the MFA settings drawn on the server, shown while the form's state calls for them.
import type { ReactNode } from "react";
import type { FactorType } from "@/lib/mfa/factors";
import { useMfaForm } from "./form-context";

/** `on` while the saved settings have a factor on (MFA is on), else `off`. */
export function SavedMfaStatus({ on, off }: { on: ReactNode; off: ReactNode }) {
  return useMfaForm().baseline.mfa.factors.length > 0 ? on : off;
}

/** `dirty` while the form differs from the saved settings, else `clean`. */
export function WhileDirty({ dirty, clean }: { dirty: ReactNode; clean: ReactNode }) {
  return useMfaForm().dirty ? dirty : clean;
}

/** Shown while the form has no factor on. */
export function WhenMfaOff({ children }: { children: ReactNode }) {
  return useMfaForm().draft.factors.length > 0 ? null : children;
}

/**
 * While Mandatory is chosen with a factor on: `enrolled` when the admin holds one of the
 * enabled authenticators, else `unenrolled` (they too would be sent to enrollment).
 */
export function WhenMandatory({
  adminAuthenticators,
  enrolled,
  unenrolled,
}: {
  adminAuthenticators: FactorType[];
  enrolled: ReactNode;
  unenrolled: ReactNode;
}) {
  const { draft } = useMfaForm();
  if (draft.mode !== "Mandatory" || draft.factors.length === 0) return null;
  return adminAuthenticators.some((t) => draft.factors.includes(t)) ? enrolled : unenrolled;
}
