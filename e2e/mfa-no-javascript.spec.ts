// The TOTP and backup-code pages are plain forms bound to server actions: enrollment and
// verification work with JavaScript off (type the code, press Verify).

import { expect, test, uniqueUser } from "./fixtures";
import { AccountPage } from "./pages/account";
import { BackupCodesPage, enrollAuthenticatorApp, totpCode, VerifyPage } from "./pages/mfa";
import { RegisterPage } from "./pages/register";
import { SignInPage } from "./pages/sign-in";
import { sessionUser } from "./support/api";
import { enableMfa, restoreMfa } from "./support/settings";

const INVALID_CODE = "That code is not valid. Check your authenticator app and try again.";

test.use({ javaScriptEnabled: false });
test.beforeAll(async ({ playwright }) => enableMfa(playwright));
test.afterAll(async ({ playwright }) => restoreMfa(playwright));

test("authenticator app enrollment and sign-in, all without JavaScript", async ({ page }) => {
  const user = uniqueUser();
  const register = new RegisterPage(page);
  const backup = new BackupCodesPage(page);
  const account = new AccountPage(page);
  const signIn = new SignInPage(page);
  const verify = new VerifyPage(page);

  await register.goto();
  await register.register(user);
  const secret = await enrollAuthenticatorApp(page, { submit: "click" });

  await backup.generateCodes();
  await expect(backup.download).toHaveAttribute("download", "backup-codes.txt");
  // Copying needs JavaScript, so there is no Copy button to mislead.
  await expect(page.getByRole("button", { name: "Copy" })).toHaveCount(0);
  await backup.continue.click();
  await account.expectSignedInAs(user.username);

  await account.signOut.click();
  await signIn.signIn(user.username, user.password);
  await expect(page).toHaveURL("/mfa/verify");
  await expect(verify.totpHeading).toBeVisible();
  // A wrong code (ten steps ahead) comes back on the page, as a full page load.
  await verify.code.fill(totpCode(secret, 10));
  await verify.verify.click();
  await expect(page.getByRole("alert").filter({ hasText: INVALID_CODE })).toBeVisible();
  await expect(verify.code).toHaveAttribute("aria-invalid", "true");
  expect(await sessionUser(page.request)).toBeNull();
  await verify.code.fill(totpCode(secret, 1));
  await verify.verify.click();
  await account.expectSignedInAs(user.username);
  expect((await sessionUser(page.request))?.username).toBe(user.username);
});
