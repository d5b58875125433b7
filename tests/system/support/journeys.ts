// Whole journeys over HTTP against one instance: registering with an authenticator app, and
// signing in with password and TOTP. Each resolves with what the server acknowledged.
import type { Db } from "@/lib/db/client";
import { totpCode, totpStep } from "@/lib/mfa/factors/totp/codes";
import { HttpBrowser } from "./http";
import type { Instance } from "./instance";

export const SESSION_COOKIE = "next-auth.session-token";

let counter = 0;

/** Every new user must enroll an authenticator app (a setting row; servers see it within 1 s). */
export async function requireTotp(db: Db) {
  const value = JSON.stringify({ factors: ["Totp"], policy: "Mandatory" });
  await db.setting.upsert({
    where: { key: "mfa" },
    create: { key: "mfa", value },
    update: { value },
  });
}

export type Enrolled = { username: string; password: string; secret: string; session: string };

function expectOk(step: string, answer: { status: number; text: string }) {
  if (answer.status >= 400) throw new Error(`${step}: ${answer.status} ${answer.text}`);
}

/** Registers a new user who enrolls TOTP; resolves once the session cookie was handed out. */
export async function registerWithTotp(on: Instance): Promise<Enrolled> {
  counter += 1;
  const username = `fault_${process.pid}_${Date.now().toString(36)}${counter}`;
  const password = `harbour-lights-${Date.now().toString(36)}-kite-${counter}`;
  const browser = new HttpBrowser();
  expectOk(
    "start",
    await browser.call(on, "PUT", "/api/experience", { body: { event: "Register" } }),
  );
  const identity = await browser.call(
    on,
    "POST",
    "/api/experience/verification/new-password-identity",
    {
      body: { identifier: { type: "username", value: username }, password },
    },
  );
  expectOk("identity", identity);
  expectOk(
    "identify",
    await browser.call(on, "POST", "/api/experience/identification", {
      body: { verificationId: identity.body.verificationId },
    }),
  );
  const issued = await browser.call(on, "POST", "/api/experience/verification/totp/secret");
  expectOk("secret", issued);
  const secret = String(issued.body.secret);
  const verificationId = issued.body.verificationId;
  expectOk(
    "verify",
    await browser.call(on, "POST", "/api/experience/verification/totp/verify", {
      body: { code: totpCode(secret, totpStep()), verificationId },
    }),
  );
  expectOk(
    "bind",
    await browser.call(on, "POST", "/api/experience/profile/mfa", {
      body: { type: "Totp", verificationId },
    }),
  );
  const submitted = await browser.call(on, "POST", "/api/experience/submit");
  expectOk("submit", submitted);
  expectOk(
    "complete",
    await browser.call(on, "GET", String(submitted.body.redirectTo), { origin: null }),
  );
  const session = browser.jar.cookies.get(SESSION_COOKIE);
  if (!session) throw new Error("complete set no session cookie");
  return { username, password, secret, session };
}

/** Signs in with password and the next step's TOTP code (the current one was spent enrolling). */
export async function signInWithTotp(on: Instance, user: Enrolled): Promise<string> {
  const browser = new HttpBrowser();
  expectOk(
    "start",
    await browser.call(on, "PUT", "/api/experience", { body: { event: "SignIn" } }),
  );
  const verified = await browser.call(on, "POST", "/api/experience/verification/password", {
    body: { identifier: { type: "username", value: user.username }, password: user.password },
  });
  expectOk("password", verified);
  expectOk(
    "identify",
    await browser.call(on, "POST", "/api/experience/identification", {
      body: { verificationId: verified.body.verificationId },
    }),
  );
  expectOk(
    "totp",
    await browser.call(on, "POST", "/api/experience/verification/totp/verify", {
      body: { code: totpCode(user.secret, totpStep() + 1) },
    }),
  );
  const submitted = await browser.call(on, "POST", "/api/experience/submit");
  expectOk("submit", submitted);
  expectOk(
    "complete",
    await browser.call(on, "GET", String(submitted.body.redirectTo), { origin: null }),
  );
  const session = browser.jar.cookies.get(SESSION_COOKIE);
  if (!session) throw new Error("complete set no session cookie");
  return session;
}

/** The user a session cookie belongs to, as the instance answers it (undefined: none). */
export async function sessionUser(on: Instance, session: string): Promise<string | undefined> {
  const browser = new HttpBrowser();
  browser.jar.cookies.set(SESSION_COOKIE, session);
  const answer = await browser.call(on, "GET", "/api/auth/session");
  const user = answer.body.user as { name?: string; username?: string; id?: string } | undefined;
  return user?.id;
}
