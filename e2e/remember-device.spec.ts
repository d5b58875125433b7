// "Remember this device" through the hosted pages: ticked on the verify screen, the next sign-in
// in this browser skips the second factor; removed on the account page, it is asked for again.
// The verify form posts the box without JavaScript too.
import type { Browser } from "@playwright/test";
import { expect, test, uniqueUser } from "./fixtures";
import { AccountPage } from "./pages/account";
import { BackupCodesPage, enrollAuthenticatorApp, totpCode, VerifyPage } from "./pages/mfa";
import { RegisterPage } from "./pages/register";
import { SignInPage } from "./pages/sign-in";
import { sessionUser } from "./support/api";
import { enableMfa, restoreMfa } from "./support/settings";
import { writeTrustedDevice } from "./support/trusted-device";

test.beforeAll(async ({ playwright }) => {
  writeTrustedDevice({ enabled: true, days: 30 });
  await enableMfa(playwright);
});
test.afterAll(async ({ playwright }) => {
  writeTrustedDevice({ enabled: false, days: 30 });
  await restoreMfa(playwright);
});

// Each test registers and signs in up to three times with real argon2id on a shared machine.
test.slow();

const REMEMBER = /Don't ask again on this device for 30 days/;

/** Registers with an authenticator app (and backup codes) and signs out; returns the key. */
async function registerWithApp(
  browser: Browser,
  user: ReturnType<typeof uniqueUser>,
  submit: "auto" | "click" = "auto",
) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await new RegisterPage(page).goto();
  await new RegisterPage(page).register(user);
  const secret = await enrollAuthenticatorApp(page, { submit });
  const backup = new BackupCodesPage(page);
  await backup.generateCodes();
  await backup.continue.click();
  await new AccountPage(page).expectSignedInAs(user.username);
  await context.close();
  return secret;
}

test("remember this device, sign in without the second factor, remove it, asked again", async ({
  page,
  browser,
}) => {
  const user = uniqueUser();
  const secret = await registerWithApp(browser, user);
  const signIn = new SignInPage(page);
  const verify = new VerifyPage(page);
  const account = new AccountPage(page);

  await signIn.goto();
  await signIn.signIn(user.username, user.password);
  await expect(page).toHaveURL("/mfa/verify");
  await expect(verify.totpHeading).toBeVisible();
  await page.getByRole("checkbox", { name: REMEMBER }).check();
  await verify.code.pressSequentially(totpCode(secret, 1));
  await account.expectSignedInAs(user.username);
  const cookies = await page.context().cookies();
  const device = cookies.find((c) => c.name.startsWith("twofold_device_"));
  expect(device?.httpOnly).toBe(true);
  expect(device?.sameSite).toBe("Lax");

  await test.step("the next sign-in skips the second factor", async () => {
    await account.signOut.click();
    await expect(page).toHaveURL("/sign-in");
    await signIn.signIn(user.username, user.password);
    await account.expectSignedInAs(user.username);
  });

  await test.step("removed on the account page", async () => {
    await page.goto("/account/security");
    const devices = page
      .getByRole("list", { name: "Your remembered devices" })
      .getByRole("listitem");
    await expect(devices).toHaveCount(1);
    await expect(devices.first()).toContainText("Chrom");
    await devices
      .first()
      .getByRole("button", { name: /^Remove/ })
      .click();
    await page.getByRole("dialog").getByRole("button", { name: "Remove device" }).click();
    await expect(page.getByText("No remembered devices.")).toBeVisible();
  });

  await test.step("asked for the second factor again", async () => {
    await page.goto("/account");
    await account.signOut.click();
    await expect(page).toHaveURL("/sign-in");
    await signIn.signIn(user.username, user.password);
    await expect(page).toHaveURL("/mfa/verify");
    expect(await sessionUser(page.request)).toBeNull();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the verify form posts the box with the code", async ({ page, browser }) => {
    const user = uniqueUser();
    // The block's options apply to this context too: no JavaScript, so Verify is pressed.
    const secret = await registerWithApp(browser, user, "click");
    const signIn = new SignInPage(page);
    const verify = new VerifyPage(page);
    const account = new AccountPage(page);

    await signIn.goto();
    await signIn.signIn(user.username, user.password);
    await expect(page).toHaveURL("/mfa/verify");
    await page.getByRole("checkbox", { name: REMEMBER }).check();
    await verify.code.fill(totpCode(secret, 1));
    await verify.verify.click();
    await account.expectSignedInAs(user.username);

    await account.signOut.click();
    await signIn.signIn(user.username, user.password);
    await account.expectSignedInAs(user.username);
  });
});
