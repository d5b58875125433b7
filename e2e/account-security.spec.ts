// The account security page: every change asks the user to confirm it's them (password, plus a
// factor once they have one) and then carries on; TOTP, passkeys (CDP virtual authenticator) and
// backup codes are added, renamed, replaced and removed against the real server.
import type { Page } from "@playwright/test";
import { addAuthenticator, expect, type TestUser, test, uniqueUser } from "./fixtures";
import { AccountPage, SecurityPage } from "./pages/account";
import { EnrollPage, totpCode, VerifyPage } from "./pages/mfa";
import { RegisterPage } from "./pages/register";
import { SignInPage } from "./pages/sign-in";
import { sessionUser } from "./support/api";
import { signedInEarlier } from "./support/sessions";
import { enableMfa, restoreMfa } from "./support/settings";

test.beforeAll(async ({ playwright }) => enableMfa(playwright));
test.afterAll(async ({ playwright }) => restoreMfa(playwright));
// Each journey signs in several times across browsers.
test.slow();

/** Registers through the pages, declining the 2-step prompt, and opens the security page. */
async function registerWithoutFactors(page: Page, user: TestUser): Promise<SecurityPage> {
  const register = new RegisterPage(page);
  await register.goto();
  await register.register(user);
  const enroll = new EnrollPage(page);
  await enroll.expectPrompt();
  await enroll.skip.click();
  await new AccountPage(page).expectSignedInAs(user.username);
  // Past the 10 minutes in which the registration itself counts as confirming it's them.
  signedInEarlier(user.username);
  const security = new SecurityPage(page);
  await security.goto();
  return security;
}

async function ownFactors(page: Page): Promise<{ type: string; name?: string | null }[]> {
  const response = await page.request.get("/api/my-account/mfa-verifications");
  expect(response.status()).toBe(200);
  return response.json();
}

test("changes wait for the password; then TOTP and a passkey are added, renamed and removed", async ({
  page,
  virtualAuthenticator,
}) => {
  const user = uniqueUser();
  const security = await registerWithoutFactors(page, user);
  await expect(security.card("Authenticator app")).toContainText("Codes from");
  await expect(page.getByText("Off", { exact: true })).toBeVisible();

  // The dialog gates the change: cancelled, nothing happens.
  await security.setUpApp.click();
  await expect(security.dialog).toBeVisible();
  await security.dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(security.dialog).toBeHidden();
  await expect(security.code).toBeHidden();
  expect(await ownFactors(page)).toEqual([]);

  // A wrong password is refused in place; the right one carries on to the setup.
  await security.setUpApp.click();
  await security.confirmPassword("not-my-password-at-all");
  await expect(security.dialog.getByText("That password is incorrect.")).toBeVisible();
  await security.confirmPassword(user.password);
  await expect(security.dialog).toBeHidden();
  await security.setUpAuthenticatorApp();
  await expect(security.card("Authenticator app")).toContainText("Added");

  // Within the 10 minutes, the next change asks nothing more.
  await security.addPasskey.click();
  await expect(security.passkeyName).toBeVisible();
  await expect(security.dialog).toBeHidden();
  await security.namePasskey("Laptop key");
  await expect(security.passkeys).toHaveCount(1);
  await expect(security.passkeys.first()).toContainText("Laptop key");
  expect((await ownFactors(page)).map((f) => f.type).sort()).toEqual(["Totp", "WebAuthn"]);
  const { credentials } = await virtualAuthenticator.cdp.send("WebAuthn.getCredentials", {
    authenticatorId: virtualAuthenticator.authenticatorId,
  });
  expect(credentials).toHaveLength(1);

  // The name survives a reload; removal asks first, naming the passkey.
  await page.reload();
  await expect(security.passkeys.first()).toContainText("Laptop key");
  await page.getByRole("button", { name: "Remove Laptop key" }).click();
  await expect(
    security.dialog.getByRole("heading", { name: "Remove “Laptop key”?" }),
  ).toBeVisible();
  await security.dialog.getByRole("button", { name: "Remove passkey" }).click();
  await expect(security.status).toContainText("Passkey “Laptop key” removed.");
  await expect(security.passkeys).toHaveCount(0);
  expect((await ownFactors(page)).map((f) => f.type)).toEqual(["Totp"]);
});

test("a new session confirms with its factor too; new backup codes replace the old ones", async ({
  page,
  browser,
}) => {
  const user = uniqueUser();
  const security = await registerWithoutFactors(page, user);
  await security.setUpApp.click();
  await security.confirmPassword(user.password);
  const secret = await security.setUpAuthenticatorApp();
  await security.generateCodes.click();
  await expect(security.codes).toHaveCount(10);
  const oldCodes = await security.codes.allTextContents();
  await security.savedCodes.click();
  await expect(security.card("Backup codes")).toContainText("10 of 10 codes left");

  // Another browser signs in (with a backup code): its own session has confirmed nothing yet.
  const context = await browser.newContext();
  const other = await context.newPage();
  const signIn = new SignInPage(other);
  await signIn.goto();
  await signIn.signIn(user.username, user.password);
  const verify = new VerifyPage(other);
  await expect(verify.totpHeading).toBeVisible();
  await verify.switchTo("Backup code");
  await verify.backupCode.fill(oldCodes[9] ?? "");
  await verify.verify.click();
  await expect(other).toHaveURL(/\/account/);
  // A sign-in with the password and a second factor counts as confirming it's them for 10 minutes.
  const recent = await other.request.get("/api/my-account/verification");
  expect(await recent.json()).toMatchObject({ verified: true });
  signedInEarlier(user.username);
  const otherSecurity = new SecurityPage(other);
  await otherSecurity.goto();
  await otherSecurity.generateCodes.click();
  await otherSecurity.dialog.getByRole("button", { name: "Generate new codes" }).click();
  await otherSecurity.confirmPassword(user.password);
  // The password alone is not enough: now the app's code.
  await expect(otherSecurity.dialog.getByText("Now confirm with one of your")).toBeVisible();
  await otherSecurity.dialog.getByLabel("6-digit code").pressSequentially("000000");
  await expect(otherSecurity.dialog.getByText("That code is not valid.")).toBeVisible();
  await otherSecurity.dialog.getByLabel("6-digit code").pressSequentially(totpCode(secret, 1));
  await expect(otherSecurity.dialog).toBeHidden();
  await expect(otherSecurity.codes).toHaveCount(10);
  const newCodes = await otherSecurity.codes.allTextContents();
  expect(newCodes).not.toEqual(oldCodes);
  await otherSecurity.savedCodes.click();
  await expect(otherSecurity.status).toContainText("Your old codes no longer work.");
  await context.close();

  // An old code no longer signs in; a new one does.
  const fresh = await browser.newContext();
  const third = await fresh.newPage();
  const thirdSignIn = new SignInPage(third);
  await thirdSignIn.goto();
  await thirdSignIn.signIn(user.username, user.password);
  const thirdVerify = new VerifyPage(third);
  await thirdVerify.switchTo("Backup code");
  await thirdVerify.backupCode.fill(oldCodes[0] ?? "");
  await thirdVerify.verify.click();
  await expect(thirdVerify.backupCode).toHaveAccessibleDescription(
    "That backup code is not valid or was already used.",
  );
  await thirdVerify.backupCode.fill(newCodes[0] ?? "");
  await thirdVerify.verify.click();
  await expect(third).toHaveURL(/\/account/);
  expect((await sessionUser(third.request))?.username).toBe(user.username);
  await fresh.close();
});

test("two passkeys on two devices: each signs in, and a renamed one keeps its name", async ({
  page,
  virtualAuthenticator,
}) => {
  const { cdp } = virtualAuthenticator;
  const user = uniqueUser();
  const security = await registerWithoutFactors(page, user);

  // The first passkey, from the first device.
  await security.addPasskey.click();
  await security.confirmPassword(user.password);
  await security.namePasskey("Phone");

  // The same device cannot hold a second passkey for this account: it says so.
  await security.addPasskey.click();
  await expect(security.card("Passkeys")).toContainText("This device already holds a passkey");

  // A second device (the first is away) adds the second passkey, renamed afterwards.
  const first = virtualAuthenticator.authenticatorId;
  const [phoneCredential] = (await cdp.send("WebAuthn.getCredentials", { authenticatorId: first }))
    .credentials;
  await cdp.send("WebAuthn.removeVirtualAuthenticator", { authenticatorId: first });
  const second = await addAuthenticator(cdp, "usb");
  virtualAuthenticator.authenticatorId = second;
  await security.addPasskey.click();
  await security.namePasskey("Desk key");
  await expect(security.passkeys).toHaveCount(2);
  await page.getByRole("button", { name: "Rename Phone" }).click();
  await security.namePasskey("Old phone");
  await page.reload();
  await expect(security.passkeys.nth(0)).toContainText("Old phone");
  await expect(security.passkeys.nth(1)).toContainText("Desk key");
  // Backup codes are on: save a set now, so the sign-ins below end at the account page.
  await security.generateCodes.click();
  await expect(security.codes).toHaveCount(10);
  await security.savedCodes.click();

  // Sign in with the second device's passkey …
  await signInWithPasskey(page, user);
  // … and with the first device's, once it is back.
  await cdp.send("WebAuthn.removeVirtualAuthenticator", { authenticatorId: second });
  const back = await addAuthenticator(cdp, "internal");
  virtualAuthenticator.authenticatorId = back;
  if (!phoneCredential) throw new Error("the first device held no passkey");
  await cdp.send("WebAuthn.addCredential", { authenticatorId: back, credential: phoneCredential });
  await signInWithPasskey(page, user);
  const lastUsed = await page.request.get("/api/my-account/mfa-verifications");
  const factors = (await lastUsed.json()) as {
    type: string;
    name: string;
    lastUsedAt?: string | null;
  }[];
  const passkeys = factors.filter((f) => f.type === "WebAuthn");
  expect(passkeys.map((f) => [f.name, Boolean(f.lastUsedAt)])).toEqual([
    ["Old phone", true],
    ["Desk key", true],
  ]);
});

async function signInWithPasskey(page: Page, user: TestUser): Promise<void> {
  await page.context().clearCookies();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(user.username, user.password);
  const verify = new VerifyPage(page);
  await expect(verify.passkeyHeading).toBeVisible();
  await verify.usePasskey.click();
  await expect(page).toHaveURL(/\/account/);
  expect((await sessionUser(page.request))?.username).toBe(user.username);
}

test("signed-out visitors are sent to sign in, and the API refuses them", async ({ page }) => {
  await page.goto("/account/security");
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Faccount%2Fsecurity/);
  expect((await page.request.get("/api/my-account/security")).status()).toBe(401);
});
