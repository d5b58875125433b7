// The experience JSON API from the browser, for the passkey ceremonies (the only MFA steps that
// need JavaScript). Same-origin fetch sends the flow cookie and our Origin.
import type { FormErrorInfo } from "./errors";
import { LOCKED } from "./errors";

export class FlowApiError extends Error {
  constructor(readonly info: FormErrorInfo) {
    super(info.message);
    this.name = "FlowApiError";
  }
}

/** POSTs JSON; throws FlowApiError with the API's `{code, message, data}` on a refusal. */
export async function postFlow<T>(path: string, body: unknown = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body),
      credentials: "same-origin",
    });
  } catch {
    throw new FlowApiError({
      code: "network",
      message: "Could not reach the server. Check your connection and try again.",
    });
  }
  const json = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new FlowApiError({
      code: typeof json.code === "string" ? json.code : "unknown",
      message: typeof json.message === "string" ? json.message : "Something went wrong.",
      data: json.data,
    });
  }
  return json as T;
}

const RESTART = new Set([
  "session.not_found",
  "session.expired",
  "session.already_completed",
  "session.mfa.too_many_attempts",
]);

/**
 * The page an error sends the browser to, as the server actions do (lib/experience/mfa/next-page):
 * a lockout to its screen, a dead flow back to sign in; null when the page shows it in place.
 */
export function pageForError({ code, data }: FormErrorInfo): string | null {
  if (RESTART.has(code)) return `/sign-in?error=${code}`;
  if (code === LOCKED && typeof data?.factor === "string") {
    const params = new URLSearchParams({ factor: data.factor });
    if (typeof data.minutesLeft === "number") params.set("minutes", String(data.minutesLeft));
    return `/mfa/locked?${params}`;
  }
  return null;
}
