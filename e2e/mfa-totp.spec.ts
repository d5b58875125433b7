// Authenticator-app 2-step verification through the hosted pages: the enrollment prompt at
// registration, the setup page (key read from the page, codes computed as an app would), the
// backup codes, and the code asked for at the next sign-in.

import { expect, test, uniqueUser } from "./fixtures";
import { AccountPage } from "./pages/account";
import { BackupCodesPage, EnrollPage, TotpSetupPage, totpCode, VerifyPage } from "./pages/mfa";
import { RegisterPage } from "./pages/register";
import { SignInPage } from "./pages/sign-in";
import { sessionUser } from "./support/api";
import { enableMfa, restoreMfa } from "./support/settings";

test.beforeAll(async ({ playwright }) => enableMfa(playwright));
test.afterAll(async ({ playwright }) => restoreMfa(playwright));

const INVALID_CODE = "That code is not valid. Check your authenticator app and try again.";

test("register with an authenticator app and backup codes, then sign in with its code", async ({
  page,
}) => {
  const user = uniqueUser();
  const register = new RegisterPage(page);
  const enroll = new EnrollPage(page);
  const setup = new TotpSetupPage(page);
  const backup = new BackupCodesPage(page);
  const account = new AccountPage(page);
  const signIn = new SignInPage(page);
  const verify = new VerifyPage(page);

  await register.goto();
  await register.register(user);
  await enroll.expectPrompt();
  await expect(enroll.skip).toBeVisible();
  await enroll.choose();
  await expect(enroll.passkey).toBeVisible();
  await enroll.authenticatorApp.click();

  await setup.expectShown();
  await expect(setup.qrCode).toBeVisible();
  const secret = await setup.readKey();

  await test.step("a wrong code is refused in place", async () => {
    // Ten steps ahead: far outside the ±1 step the server accepts.
    await setup.code.fill(totpCode(secret, 10));
    await expect(page.getByRole("alert").filter({ hasText: INVALID_CODE })).toBeVisible();
    await expect(setup.code).toHaveAttribute("aria-invalid", "true");
    await expect(setup.code).toHaveValue("");
    await expect(setup.code).toBeFocused();
    await expect(page).toHaveURL(/\/mfa\/totp-setup\?v=/);
  });

  // Six digits submit the form by themselves.
  await setup.code.pressSequentially(totpCode(secret));
  await expect(page).toHaveURL("/mfa/backup-codes");
  await expect(backup.heading).toBeVisible();
  await expect(
    page.getByRole("status").filter({ hasText: "Authenticator app added" }),
  ).toBeVisible();
  expect(await sessionUser(page.request)).toBeNull();

  const codes = await backup.generateCodes();
  await expect(page.getByText("Each code works once.")).toBeVisible();
  await expect(backup.download).toHaveAttribute("download", "backup-codes.txt");
  const href = (await backup.download.getAttribute("href")) ?? "";
  expect(href.startsWith("data:text/plain;charset=utf-8,")).toBe(true);
  for (const code of codes) expect(decodeURIComponent(href)).toContain(code);
  await backup.continue.click();
  await account.expectSignedInAs(user.username);

  await account.signOut.click();
  await expect(page).toHaveURL("/sign-in");
  await signIn.signIn(user.username, user.password);
  await expect(page).toHaveURL("/mfa/verify");
  await expect(verify.totpHeading).toBeVisible();
  expect(await sessionUser(page.request)).toBeNull();
  // The step used at enrollment may not be replayed: type the next step's code.
  await verify.code.fill(totpCode(secret, 1));
  await account.expectSignedInAs(user.username);
  expect((await sessionUser(page.request))?.username).toBe(user.username);
});
