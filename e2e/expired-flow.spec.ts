// A stale sign-in flow cookie (unknown to the server, or of a flow that expired) must not break
// the hosted forms: the API reports it, and the next form submit starts a fresh flow.
import { createHash, randomBytes } from "node:crypto";
import path from "node:path";
import type { BrowserContext } from "@playwright/test";
import Database from "better-sqlite3";
import { expect, test, uniqueUser } from "./fixtures";
import { AccountPage } from "./pages/account";
import { RegisterPage } from "./pages/register";
import { SignInPage } from "./pages/sign-in";
import { interaction, ORIGIN, registerViaApi, sessionUser, startFlow } from "./support/api";

const FLOW_COOKIE = "twofold_flow";
const dbFile = path.join(import.meta.dirname, "../test-results/e2e-data/twofold.db");

async function flowCookie(context: BrowserContext): Promise<string | undefined> {
  return (await context.cookies()).find((c) => c.name === FLOW_COOKIE)?.value;
}

/** Moves the flow behind `token` 1 minute into the past, in the server's own database. */
function expireFlow(token: string): void {
  const db = new Database(dbFile, { timeout: 5_000 });
  try {
    const tokenHash = createHash("sha256").update(token).digest("hex");
    const row = db
      .prepare(`SELECT "expiresAt" FROM "ExperienceFlow" WHERE "tokenHash" = ?`)
      .get(tokenHash) as { expiresAt: string } | undefined;
    if (!row) throw new Error(`no ExperienceFlow row for the ${FLOW_COOKIE} cookie in ${dbFile}`);
    // Keep the stored text format (Prisma's SQLite adapter may write "+00:00" instead of "Z").
    const past = new Date(Date.now() - 60_000).toISOString();
    const value = row.expiresAt.endsWith("Z") ? past : past.replace(/Z$/, "+00:00");
    const { changes } = db
      .prepare(`UPDATE "ExperienceFlow" SET "expiresAt" = ? WHERE "tokenHash" = ?`)
      .run(value, tokenHash);
    expect(changes).toBe(1);
  } finally {
    db.close();
  }
}

test("an unknown flow cookie: the API says not found, the sign-in form starts afresh", async ({
  page,
  context,
  request,
}) => {
  const user = uniqueUser();
  await registerViaApi(request, user);
  const signIn = new SignInPage(page);
  await signIn.goto();

  await startFlow(page.request, "SignIn");
  const live = await interaction(page.request);
  expect(live.status).toBe(200);
  expect(live.body).toMatchObject({ event: "SignIn", status: "active", identified: false });

  await context.addCookies([
    { name: FLOW_COOKIE, value: randomBytes(32).toString("base64url"), url: ORIGIN },
  ]);
  const unknown = await interaction(page.request);
  expect(unknown.status).toBe(404);
  expect(unknown.body).toMatchObject({ code: "session.not_found" });

  await signIn.signIn(user.username, user.password);
  await new AccountPage(page).expectSignedInAs(user.username);
  expect((await sessionUser(page.request))?.username).toBe(user.username);
  // The finished flow's cookie is gone.
  expect(await flowCookie(context)).toBeUndefined();
});

test("an expired flow: the API says expired, the sign-in form restarts cleanly", async ({
  page,
  context,
  request,
}) => {
  const user = uniqueUser();
  await registerViaApi(request, user);
  const signIn = new SignInPage(page);
  await signIn.goto();

  await startFlow(page.request, "SignIn");
  const token = await flowCookie(context);
  expect(token, `${FLOW_COOKIE} cookie after PUT /api/experience`).toBeTruthy();
  expireFlow(token as string);

  const expired = await interaction(page.request);
  expect(expired.status).toBe(410);
  expect(expired.body).toMatchObject({
    code: "session.expired",
    message: "This sign-in session expired. Start again.",
  });
  // Steps on the expired flow are refused the same way.
  const step = await page.request.post("/api/experience/verification/password", {
    headers: { Origin: ORIGIN },
    data: { identifier: { type: "username", value: user.username }, password: user.password },
  });
  expect(step.status()).toBe(410);
  expect((await step.json()).code).toBe("session.expired");
  expect(await flowCookie(context)).toBe(token);

  await signIn.signIn(user.username, user.password);
  await new AccountPage(page).expectSignedInAs(user.username);
  expect((await sessionUser(page.request))?.username).toBe(user.username);
  expect(await flowCookie(context)).toBeUndefined();
});

test("an expired flow: the registration form restarts cleanly", async ({ page, context }) => {
  const user = uniqueUser();
  const register = new RegisterPage(page);
  await register.goto();

  await startFlow(page.request, "Register");
  const token = await flowCookie(context);
  expect(token, `${FLOW_COOKIE} cookie after PUT /api/experience`).toBeTruthy();
  expireFlow(token as string);
  expect((await interaction(page.request)).status).toBe(410);

  await register.register(user);
  await new AccountPage(page).expectSignedInAs(user.username);
  expect(await sessionUser(page.request)).toMatchObject({
    username: user.username,
    primaryEmail: user.email,
  });
});

test("completing without a finished flow sends the browser to sign in with the reason", async ({
  page,
}) => {
  await page.goto("/api/experience/complete");
  await expect(page).toHaveURL("/sign-in?error=session.not_found");
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: "This sign-in session was not found. Start again." }),
  ).toBeVisible();
  expect(await sessionUser(page.request)).toBeNull();
});

test("a finished flow cannot be completed a second time", async ({ page, context, request }) => {
  const user = uniqueUser();
  await registerViaApi(request, user);
  // Sign in through the API, keeping the flow token before completion clears its cookie.
  await startFlow(page.request, "SignIn");
  const token = await flowCookie(context);
  expect(token).toBeTruthy();
  const verified = await page.request.post("/api/experience/verification/password", {
    headers: { Origin: ORIGIN },
    data: { identifier: { type: "username", value: user.username }, password: user.password },
  });
  const { verificationId } = await verified.json();
  await page.request.post("/api/experience/identification", {
    headers: { Origin: ORIGIN },
    data: { verificationId },
  });
  const submitted = await page.request.post("/api/experience/submit", {
    headers: { Origin: ORIGIN },
  });
  const { redirectTo } = await submitted.json();
  const first = await page.request.get(redirectTo, { maxRedirects: 0 });
  expect(first.status()).toBe(303);
  expect(first.headers().location).toBe(`${ORIGIN}/account`);
  expect((await sessionUser(page.request))?.username).toBe(user.username);

  // Replay with the same flow cookie from a fresh, signed-out browser.
  await context.clearCookies();
  await context.addCookies([{ name: FLOW_COOKIE, value: token as string, url: ORIGIN }]);
  const replay = await page.request.get(redirectTo, { maxRedirects: 0 });
  expect(replay.status()).toBe(303);
  expect(replay.headers().location).toBe(`${ORIGIN}/sign-in?error=session.not_found`);
  expect(replay.headers()["set-cookie"] ?? "").not.toContain("next-auth.session-token=");
  expect(await sessionUser(page.request)).toBeNull();
});

test("an MFA page without a sign-in says it expired; the notice is never text from the URL", async ({
  page,
}) => {
  for (const path of [
    "/mfa/verify",
    "/mfa/enroll",
    "/mfa/totp-setup",
    "/mfa/locked?factor=Totp&minutes=99999",
  ]) {
    await page.goto(path);
    await expect(page).toHaveURL("/sign-in?reason=expired");
    await expect(
      page.getByRole("status").filter({ hasText: "Your sign-in expired. Start again." }),
    ).toBeVisible();
  }
  await page.goto("/sign-in?reason=%3Cb%3Ehi%3C%2Fb%3E");
  await expect(new SignInPage(page).heading).toBeVisible();
  await expect(page.getByRole("status")).toHaveCount(0);
  await expect(page.getByText("<b>hi</b>")).toHaveCount(0);
});
