// Passkey sign-in (the passkey as the only step) with a CDP virtual authenticator holding a
// discoverable credential: from the username field's autofill (conditional mediation) and from
// the "Sign in with a passkey" button, with no password either way.
import type { Page } from "@playwright/test";
import { expect, type TestUser, test, uniqueUser } from "./fixtures";
import { AccountPage } from "./pages/account";
import { BackupCodesPage, EnrollPage, PasskeySetupPage } from "./pages/mfa";
import { RegisterPage } from "./pages/register";
import { SignInPage } from "./pages/sign-in";
import { sessionUser } from "./support/api";
import { setPasskeySignIn } from "./support/passkey-sign-in";
import { enableMfa, restoreMfa } from "./support/settings";

// Each test registers through the pages (argon2 at full cost) before it signs in.
test.slow();

test.beforeAll(async ({ playwright }) => {
  await enableMfa(playwright);
  await setPasskeySignIn(playwright, true);
});
test.afterAll(async ({ playwright }) => {
  await setPasskeySignIn(playwright, false);
  await restoreMfa(playwright);
});

/**
 * Registers a user who creates a passkey on the virtual authenticator, then drops the session
 * (signing out lands on /sign-in, where the autofill would sign straight back in).
 */
async function registerWithPasskey(page: Page, user: TestUser) {
  const register = new RegisterPage(page);
  const enroll = new EnrollPage(page);
  const passkey = new PasskeySetupPage(page);
  const account = new AccountPage(page);
  await register.goto();
  await register.register(user);
  await enroll.expectPrompt();
  await enroll.choose();
  await enroll.passkey.click();
  await passkey.create.click();
  await expect(passkey.nameHeading).toBeVisible();
  await passkey.continue.click();
  const backup = new BackupCodesPage(page);
  await backup.generateCodes();
  await backup.continue.click();
  await account.expectSignedInAs(user.username);
  await page.context().clearCookies();
  expect(await sessionUser(page.request)).toBeNull();
}

test("a passkey offered in the username field's autofill signs in with no password", async ({
  page,
  virtualAuthenticator,
}) => {
  const user = uniqueUser();
  await registerWithPasskey(page, user);
  const signIn = new SignInPage(page);
  // Chrome answers a conditional request from the virtual authenticator as soon as the page
  // makes it: the user picking the passkey among the field's suggestions. Nothing is clicked.
  await page.goto("/sign-in");
  await new AccountPage(page).expectSignedInAs(user.username);
  await expect(signIn.identifier).toHaveCount(0);
  expect((await sessionUser(page.request))?.username).toBe(user.username);
  expect(virtualAuthenticator.authenticatorId).toBeTruthy();
});

test("the button cancels the waiting autofill request and signs in with no password", async ({
  page,
  virtualAuthenticator,
}) => {
  const user = uniqueUser();
  await registerWithPasskey(page, user);
  // Hold the autofill request open, as a user who has not opened the suggestions yet, and
  // note when it is cancelled; modal requests go to the virtual authenticator as usual.
  await page.addInitScript(() => {
    const get = navigator.credentials.get.bind(navigator.credentials);
    const w = window as unknown as { autofillCancelled?: boolean };
    navigator.credentials.get = (options?: CredentialRequestOptions) => {
      if (options?.mediation !== "conditional") return get(options);
      return new Promise((_, reject) =>
        options.signal?.addEventListener("abort", () => {
          w.autofillCancelled = true;
          reject(new DOMException("Cancelled", "AbortError"));
        }),
      );
    };
  });
  const signIn = new SignInPage(page);
  await signIn.goto();
  await expect(signIn.identifier).toHaveAttribute("autocomplete", "username webauthn");
  const button = page.getByRole("button", { name: "Sign in with a passkey" });
  await page.screenshot({ path: "/tmp/shots-passkey/sign-in-1280.png", fullPage: true });
  await button.click();
  await new AccountPage(page).expectSignedInAs(user.username);
  expect(
    await page.evaluate(() => (window as { autofillCancelled?: boolean }).autofillCancelled),
  ).toBe(true);
  expect((await sessionUser(page.request))?.username).toBe(user.username);
  expect(virtualAuthenticator.authenticatorId).toBeTruthy();
});

test("identifier first: after the username, a security key that is not discoverable signs in", async ({
  page,
  virtualAuthenticator,
}) => {
  // A security key that cannot store passkeys: registration (residentKey "preferred") makes a
  // credential it cannot offer by itself.
  const { cdp } = virtualAuthenticator;
  await cdp.send("WebAuthn.removeVirtualAuthenticator", {
    authenticatorId: virtualAuthenticator.authenticatorId,
  });
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "usb",
      hasResidentKey: false,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  virtualAuthenticator.authenticatorId = authenticatorId;
  const user = uniqueUser();
  await registerWithPasskey(page, user);
  const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
  expect(credentials.map((c) => c.isResidentCredential)).toEqual([false]);

  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.identifier.fill(user.username);
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  await new AccountPage(page).expectSignedInAs(user.username);
  expect((await sessionUser(page.request))?.username).toBe(user.username);
});
