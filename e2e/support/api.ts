// The experience JSON API from a test: start a flow, verify, identify, submit and follow the
// redirect, all on one APIRequestContext. `page.request` shares the page's cookie jar, so a flow
// run on it signs the page in; the `request` fixture has a jar of its own.
import { type APIRequestContext, type APIResponse, expect } from "@playwright/test";
import type { TestUser } from "../fixtures";

/** The app's origin (playwright.config.ts `baseURL`); cookie-bound writes must send it. */
export const ORIGIN = `http://localhost:${process.env.TWOFOLD_E2E_PORT ?? 3210}`;
const WRITE = { headers: { Origin: ORIGIN } };

export type SessionUser = {
  id: string;
  username: string | null;
  primaryEmail: string | null;
  name: string | null;
  role: string;
};

export type ApiError = { code: string; message: string; data?: Record<string, unknown> };

async function expectOk(response: APIResponse, step: string): Promise<void> {
  if (!response.ok()) {
    throw new Error(`${step}: HTTP ${response.status()} ${await response.text()}`);
  }
}

/** The user next-auth reports for this context's session cookie, or null when signed out. */
export async function sessionUser(request: APIRequestContext): Promise<SessionUser | null> {
  const response = await request.get("/api/auth/session");
  await expectOk(response, "GET /api/auth/session");
  const body = (await response.json()) as { user?: SessionUser };
  return body.user ?? null;
}

export async function startFlow(
  request: APIRequestContext,
  event: "SignIn" | "Register",
  returnTo?: string,
): Promise<{ event: string; expiresAt: string }> {
  const response = await request.put("/api/experience", {
    ...WRITE,
    data: returnTo ? { event, returnTo } : { event },
  });
  await expectOk(response, `PUT /api/experience ${event}`);
  return response.json();
}

/** Identifies with the verification, submits, and follows redirectTo (303 + session cookie). */
async function finishFlow(request: APIRequestContext, verificationId: string): Promise<void> {
  const identified = await request.post("/api/experience/identification", {
    ...WRITE,
    data: { verificationId },
  });
  expect(identified.status(), "POST /api/experience/identification").toBe(204);
  const submitted = await request.post("/api/experience/submit", WRITE);
  await expectOk(submitted, "POST /api/experience/submit");
  const { redirectTo } = (await submitted.json()) as { redirectTo: string };
  const completed = await request.get(redirectTo, { maxRedirects: 0 });
  expect(completed.status(), `GET ${redirectTo}`).toBe(303);
  expect(completed.headers()["set-cookie"] ?? "").toContain("next-auth.session-token=");
}

/** Registers the user through the API and leaves `request` signed in as them. */
export async function registerViaApi(
  request: APIRequestContext,
  user: TestUser,
): Promise<SessionUser> {
  await startFlow(request, "Register");
  const verified = await request.post("/api/experience/verification/new-password-identity", {
    ...WRITE,
    data: {
      identifier: { type: "username", value: user.username },
      email: user.email,
      password: user.password,
    },
  });
  await expectOk(verified, "POST /api/experience/verification/new-password-identity");
  await finishFlow(request, ((await verified.json()) as { verificationId: string }).verificationId);
  const signedIn = await sessionUser(request);
  expect(signedIn?.username, "session after API registration").toBe(user.username);
  return signedIn as SessionUser;
}

/** The password step of a fresh sign-in flow: the verification id, or the API error. */
export async function tryPassword(
  request: APIRequestContext,
  identifier: string,
  password: string,
): Promise<{ status: number; verificationId?: string; error?: ApiError }> {
  await startFlow(request, "SignIn");
  const response = await request.post("/api/experience/verification/password", {
    ...WRITE,
    data: {
      identifier: { type: identifier.includes("@") ? "email" : "username", value: identifier },
      password,
    },
  });
  const body = await response.json();
  return response.ok()
    ? { status: response.status(), verificationId: body.verificationId }
    : { status: response.status(), error: body as ApiError };
}

/** Signs `request` in through the API (for tests that are not about the sign-in form). */
export async function signInViaApi(
  request: APIRequestContext,
  identifier: string,
  password: string,
): Promise<SessionUser> {
  const attempt = await tryPassword(request, identifier, password);
  if (!attempt.verificationId) {
    throw new Error(
      `API sign-in as ${identifier} failed: HTTP ${attempt.status} ${JSON.stringify(attempt.error)}`,
    );
  }
  await finishFlow(request, attempt.verificationId);
  const signedIn = await sessionUser(request);
  if (!signedIn) throw new Error(`API sign-in as ${identifier} left no session`);
  return signedIn;
}

/** Asserts that these credentials do not sign anyone in (the API answers invalid_credentials). */
export async function expectCredentialsRejected(
  request: APIRequestContext,
  identifier: string,
  password: string,
): Promise<void> {
  const attempt = await tryPassword(request, identifier, password);
  expect(attempt.status, `sign-in as ${identifier} must fail`).toBe(422);
  expect(attempt.error?.code).toBe("session.invalid_credentials");
}

/** GET /api/experience/interaction for the context's flow cookie. */
export async function interaction(
  request: APIRequestContext,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await request.get("/api/experience/interaction");
  return { status: response.status(), body: await response.json() };
}
