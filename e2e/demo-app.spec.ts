// The demo app signs in through the provider like any app: "Sign in with MFA" makes a user with
// no second factor enroll one (no Skip, even under NoPrompt) and comes back with otp + mfa; a
// passkey sign-in comes back phishing-resistant; signing out of the demo signs out of Twofold.

import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, uniqueUser } from "./fixtures";
import {
  BackupCodesPage,
  EnrollPage,
  PasskeySetupPage,
  TotpSetupPage,
  totpCode,
  VerifyPage,
} from "./pages/mfa";
import { SignInPage } from "./pages/sign-in";
import { registerViaApi, sessionUser } from "./support/api";
import { enableMfa, restoreMfa } from "./support/settings";

const dbFile = path.join(import.meta.dirname, "../test-results/e2e-data/twofold.db");

test.beforeAll(async ({ playwright }) =>
  enableMfa(playwright, { factors: ["Totp", "WebAuthn", "BackupCode"], policy: "NoPrompt" }),
);
test.afterAll(async ({ playwright }) => restoreMfa(playwright));

test("Sign in with MFA: a signed-in user without a factor enrolls one, then the demo shows otp and mfa", async ({
  page,
}) => {
  const user = uniqueUser();
  await registerViaApi(page.request, user);
  await page.goto("/demo");
  await page.getByRole("link", { name: "Sign in with MFA" }).click();
  // Already signed in with the password: only the missing step is asked, and it cannot be skipped.
  await expect(page).toHaveURL("/mfa/enroll");
  const enroll = new EnrollPage(page);
  await expect(enroll.listHeading).toBeVisible();
  await expect(enroll.skip).toHaveCount(0);
  await enroll.authenticatorApp.click();
  const setup = new TotpSetupPage(page);
  await setup.expectShown();
  await setup.code.pressSequentially(totpCode(await setup.readKey()));
  await expect(page).toHaveURL("/mfa/backup-codes");
  const backup = new BackupCodesPage(page);
  await backup.generateCodes();
  await backup.continue.click();
  await expect(page).toHaveURL("/demo");
  await expect(page.getByTestId("demo-user")).toContainText(user.username);
  await expect(page.getByTestId("demo-amr")).toHaveText("pwd otp mfa");
  await expect(page.getByTestId("demo-acr")).toHaveText("urn:twofold:acr:mfa");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/demo");
  await expect(page.getByRole("link", { name: "Sign in", exact: true })).toBeVisible();
  expect(await sessionUser(page.request)).toBeNull();
});

test("Sign in with a passkey: the password, then the passkey, and the demo shows phr", async ({
  page,
  virtualAuthenticator,
}) => {
  expect(virtualAuthenticator.authenticatorId).toBeTruthy();
  const user = uniqueUser();
  await registerViaApi(page.request, user);
  // The user adds a passkey through an app asking for phr, then signs out.
  await page.goto("/demo/sign-in?level=phr");
  await expect(page).toHaveURL("/mfa/enroll");
  const enroll = new EnrollPage(page);
  // phr asks for a passkey: the authenticator app is not offered.
  await expect(enroll.authenticatorApp).toHaveCount(0);
  await enroll.passkey.click();
  const passkey = new PasskeySetupPage(page);
  await passkey.create.click();
  await passkey.continue.click();
  await new BackupCodesPage(page).generateCodes();
  await new BackupCodesPage(page).continue.click();
  await expect(page).toHaveURL("/demo");
  await expect(page.getByTestId("demo-acr")).toHaveText("urn:twofold:acr:phr");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/demo");

  await page.getByRole("link", { name: "Sign in with a passkey" }).click();
  const signIn = new SignInPage(page);
  await expect(signIn.heading).toBeVisible();
  await signIn.signIn(user.username, user.password);
  await expect(page).toHaveURL("/mfa/verify");
  const verify = new VerifyPage(page);
  await expect(verify.passkeyHeading).toBeVisible();
  await verify.usePasskey.click();
  await expect(page).toHaveURL("/demo");
  await expect(page.getByTestId("demo-amr")).toHaveText(/^pwd user (hwk|swk) mfa$/);
  await expect(page.getByTestId("demo-acr")).toHaveText("urn:twofold:acr:phr");
});

test("an app that requires MFA makes a user without a factor enroll, with no Skip", async ({
  page,
}) => {
  const db = new Database(dbFile, { timeout: 5_000 });
  db.prepare(`UPDATE "Application" SET "requireMfa" = 1 WHERE "id" = 'twofold-demo'`).run();
  try {
    await registerViaApi(page.request, uniqueUser());
    await page.goto("/demo");
    // A plain sign-in, no acr_values: the app's own requirement asks for the second factor.
    await page.getByRole("link", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL("/mfa/enroll");
    const enroll = new EnrollPage(page);
    await expect(enroll.listHeading).toBeVisible();
    await expect(enroll.skip).toHaveCount(0);
  } finally {
    db.prepare(`UPDATE "Application" SET "requireMfa" = 0 WHERE "id" = 'twofold-demo'`).run();
    db.close();
  }
});
