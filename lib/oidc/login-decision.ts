// What the provider's login prompt does with the browser's Twofold session (pure): finish at once
// (one sign-in for Twofold and every app), ask only for the missing second factor (step-up), or
// send the user through the hosted sign-in. A session whose sign-in answered this very interaction
// is always accepted: that is what keeps a request whose level cannot be reached (no factor type
// enabled to reach it) from looping, and what satisfies prompt=login and max_age.
import { ACR, levelOf, meets } from "@/lib/assurance/acr";

export type SessionFacts = {
  userId: string;
  createdAt: Date;
  amr: string[];
  /** The sign-in that created the session answered this interaction. */
  answersThis: boolean;
};

export type LoginFacts = {
  /** oidc-provider's reasons for the login prompt (login_prompt, max_age, no_session, …). */
  reasons: readonly string[];
  /** The level the request needs (acr_values, the app's requireMfa). */
  required: "mfa" | "phr" | undefined;
  /** The subject an id_token_hint names, if the request had one. */
  hintSubject?: string;
  session: SessionFacts | null;
};

export type LoginDecision =
  | { kind: "finish"; session: SessionFacts }
  | { kind: "step-up"; session: SessionFacts }
  | { kind: "sign-in" }
  | { kind: "refuse"; description: string };

/** Reasons that need a sign-in newer than the request, whatever session exists. */
const FRESH = new Set(["login_prompt", "max_age"]);

export function decideLogin(f: LoginFacts): LoginDecision {
  const s = f.session;
  const rightUser = s !== null && (!f.hintSubject || f.hintSubject === s.userId);
  if (s?.answersThis) {
    return rightUser
      ? { kind: "finish", session: s }
      : { kind: "refuse", description: "the signed-in user is not the one id_token_hint names" };
  }
  if (!s || !rightUser || f.reasons.some((r) => FRESH.has(r))) return { kind: "sign-in" };
  return meets(ACR[levelOf(s.amr)], f.required)
    ? { kind: "finish", session: s }
    : { kind: "step-up", session: s };
}
