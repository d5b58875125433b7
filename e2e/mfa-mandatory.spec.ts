// Mandatory MFA: a new user goes straight to the list of methods, is told it is required, and
// has no way to skip it.

import { expect, test, uniqueUser } from "./fixtures";
import { AccountPage } from "./pages/account";
import { BackupCodesPage, EnrollPage, PasskeySetupPage } from "./pages/mfa";
import { RegisterPage } from "./pages/register";
import { sessionUser } from "./support/api";
import { enableMfa, MFA_ON, restoreMfa } from "./support/settings";

test.beforeAll(async ({ playwright }) => enableMfa(playwright, { ...MFA_ON, policy: "Mandatory" }));
test.afterAll(async ({ playwright }) => restoreMfa(playwright));

test("under Mandatory, registration requires a method and offers no skip", async ({
  page,
  virtualAuthenticator,
}) => {
  void virtualAuthenticator;
  const user = uniqueUser();
  const register = new RegisterPage(page);
  const enroll = new EnrollPage(page);
  const passkey = new PasskeySetupPage(page);

  await register.goto();
  await register.register(user);
  await expect(page).toHaveURL("/mfa/enroll");
  await expect(enroll.listHeading).toBeVisible();
  await expect(enroll.required).toBeVisible();
  await expect(enroll.skip).toHaveCount(0);
  await expect(enroll.authenticatorApp).toBeVisible();
  // The prompt page is not a way around the list.
  await page.goto("/mfa/enroll?choose=0");
  await expect(enroll.listHeading).toBeVisible();
  await expect(enroll.skip).toHaveCount(0);
  expect(await sessionUser(page.request)).toBeNull();

  await enroll.passkey.click();
  await passkey.create.click();
  await expect(passkey.nameHeading).toBeVisible();
  await passkey.continue.click();
  const backup = new BackupCodesPage(page);
  await backup.generateCodes();
  await backup.continue.click();
  await new AccountPage(page).expectSignedInAs(user.username);
});
