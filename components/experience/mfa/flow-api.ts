// The JSON APIs from the browser: the experience API for the passkey ceremonies (the only MFA
// steps that need JavaScript) and the account API. Same-origin fetch sends the cookies and our
// Origin.
import type { z } from "zod";
import { errorPagePath } from "@/lib/experience/error-pages";
import type {
  AuthenticationOptionsView,
  RegistrationOptionsView,
  VerificationIdView,
} from "@/lib/experience/schemas";
import type { FormErrorInfo } from "./errors";

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

/**
 * The page an error sends the browser to, as the server actions do: a lockout to its screen, a
 * dead flow back to sign in; null when the page shows it in place.
 */
export function pageForError(info: FormErrorInfo): string | null {
  return errorPagePath(info);
}

const PASSKEY = "/api/experience/verification/web-authn";
type VerificationId = z.output<typeof VerificationIdView>;

/** The passkey steps of the experience API, typed by their contracts' schemas. */
export const flowApi = {
  passkeyRegistration: () =>
    postFlow<z.output<typeof RegistrationOptionsView>>(`${PASSKEY}/registration`),
  passkeyAttestation: (verificationId: string, payload: unknown) =>
    postFlow<VerificationId>(`${PASSKEY}/registration/verify`, { verificationId, payload }),
  passkeyChallenge: () =>
    postFlow<z.output<typeof AuthenticationOptionsView>>(`${PASSKEY}/authentication`),
  passkeyAssertion: (verificationId: string, payload: unknown) =>
    postFlow<VerificationId>(`${PASSKEY}/authentication/verify`, { verificationId, payload }),
};
