// Passkeys as the second factor, with a CDP virtual authenticator doing real ceremonies:
// created and named at registration, then used at the next sign-in.

import { expect, test, uniqueUser } from "./fixtures";
import { AccountPage } from "./pages/account";
import { BackupCodesPage, EnrollPage, PasskeySetupPage, VerifyPage } from "./pages/mfa";
import { RegisterPage } from "./pages/register";
import { SignInPage } from "./pages/sign-in";
import { sessionUser } from "./support/api";
import { enableMfa, restoreMfa } from "./support/settings";

test.beforeAll(async ({ playwright }) => enableMfa(playwright));
test.afterAll(async ({ playwright }) => restoreMfa(playwright));

test("register with a passkey, name it, then sign in with it", async ({
  page,
  virtualAuthenticator,
}) => {
  const user = uniqueUser();
  const register = new RegisterPage(page);
  const enroll = new EnrollPage(page);
  const passkey = new PasskeySetupPage(page);
  const account = new AccountPage(page);
  const signIn = new SignInPage(page);
  const verify = new VerifyPage(page);

  await register.goto();
  await register.register(user);
  await enroll.expectPrompt();
  await enroll.choose();
  await enroll.passkey.click();
  await expect(page).toHaveURL("/mfa/passkey-setup");
  await expect(passkey.heading).toBeVisible();

  await passkey.create.click();
  await expect(page).toHaveURL(/\/mfa\/passkey-setup\?v=/);
  await expect(passkey.nameHeading).toBeVisible();
  // The default name comes from the browser's user agent.
  await expect(passkey.name).toHaveValue(/^Chrome on \w+/);
  const { credentials } = await virtualAuthenticator.cdp.send("WebAuthn.getCredentials", {
    authenticatorId: virtualAuthenticator.authenticatorId,
  });
  expect(credentials).toHaveLength(1);
  await passkey.name.fill("E2E security key");
  await passkey.continue.click();

  const backup = new BackupCodesPage(page);
  await expect(backup.heading).toBeVisible();
  await backup.generateCodes();
  await backup.continue.click();
  await account.expectSignedInAs(user.username);

  await account.signOut.click();
  await expect(page).toHaveURL("/sign-in");
  await signIn.signIn(user.username, user.password);
  await expect(page).toHaveURL("/mfa/verify");
  // Passkeys are offered first; the other methods are one click away.
  await expect(verify.passkeyHeading).toBeVisible();
  await expect(verify.otherMethods.getByRole("link", { name: /^Backup code/ })).toBeVisible();
  expect(await sessionUser(page.request)).toBeNull();
  await verify.usePasskey.click();
  await account.expectSignedInAs(user.username);
  expect((await sessionUser(page.request))?.username).toBe(user.username);
});

test("a cancelled passkey prompt explains itself, and trying again works", async ({
  page,
  virtualAuthenticator,
}) => {
  const user = uniqueUser();
  const register = new RegisterPage(page);
  const enroll = new EnrollPage(page);
  const passkey = new PasskeySetupPage(page);

  await register.goto();
  await register.register(user);
  await enroll.expectPrompt();
  await enroll.choose();
  await enroll.passkey.click();
  await expect(passkey.heading).toBeVisible();

  // The browser's own dialog cannot be cancelled from a test: reject the next create() the way
  // Chrome does when the user dismisses it.
  await page.evaluate(() => {
    const create = navigator.credentials.create.bind(navigator.credentials);
    navigator.credentials.create = async () => {
      navigator.credentials.create = create;
      throw new DOMException(
        "The operation either timed out or was not allowed.",
        "NotAllowedError",
      );
    };
  });
  await passkey.create.click();
  await expect(
    page.getByRole("alert").filter({ hasText: "The passkey was not created. Try again." }),
  ).toBeVisible();
  await expect(page).toHaveURL("/mfa/passkey-setup");
  await expect(passkey.create).toBeEnabled();

  await passkey.create.click();
  await expect(passkey.nameHeading).toBeVisible();
  const { credentials } = await virtualAuthenticator.cdp.send("WebAuthn.getCredentials", {
    authenticatorId: virtualAuthenticator.authenticatorId,
  });
  expect(credentials).toHaveLength(1);
});
