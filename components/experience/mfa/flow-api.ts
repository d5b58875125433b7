// The JSON APIs from the browser: the experience API for the passkey ceremonies (the only MFA
// steps that need JavaScript) and the account API. Same-origin fetch sends the cookies and our
// Origin.
import { type FormErrorInfo, LOCKED } from "./errors";

export class FlowApiError extends Error {
  constructor(readonly info: FormErrorInfo) {
    super(info.message);
    this.name = "FlowApiError";
  }
}

/** Sends JSON; throws FlowApiError with the API's `{code, message, data}` on a refusal. */
export async function sendJson<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
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

export const postFlow = <T>(path: string, body: unknown = {}) => sendJson<T>("POST", path, body);

/** The API's refusal, or a generic one for anything else thrown. */
export function errorInfo(cause: unknown): FormErrorInfo {
  return cause instanceof FlowApiError
    ? cause.info
    : { code: "unknown", message: "Something went wrong. Try again." };
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
