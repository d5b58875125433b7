// How a new user really enters codes: six digits then Enter (the form also submits itself at six
// digits), Verify on an empty field, and a reload of the backup-codes page. Each sent code costs
// one of the user's limited attempts, so the server's own failure count is what is checked.
import type { Page } from "@playwright/test";
import { expect, type TestUser, test, uniqueUser } from "./fixtures";
import { AccountPage } from "./pages/account";
import { BackupCodesPage, enrollAuthenticatorApp, totpCode, VerifyPage } from "./pages/mfa";
import { RegisterPage } from "./pages/register";
import { SignInPage } from "./pages/sign-in";
import { sessionUser } from "./support/api";
import { countFailures } from "./support/sentinel";
import { enableMfa, restoreMfa } from "./support/settings";

test.beforeAll(async ({ playwright }) => enableMfa(playwright));
test.afterAll(async ({ playwright }) => restoreMfa(playwright));

const INVALID_CODE = "That code is not valid. Check your authenticator app and try again.";
const ENTER_CODE = "Enter the 6-digit code from your authenticator app.";

/** Registers through the pages with an app and backup codes; returns the app key, the codes and the user id. */
async function registerWithApp(page: Page, user: TestUser) {
  const register = new RegisterPage(page);
  await register.goto();
  await register.register(user);
  const secret = await enrollAuthenticatorApp(page);
  const backup = new BackupCodesPage(page);
  const codes = await backup.generateCodes();
  await backup.continue.click();
  await new AccountPage(page).expectSignedInAs(user.username);
  const id = (await sessionUser(page.request))?.id;
  if (!id) throw new Error("not signed in after registration");
  await new AccountPage(page).signOut.click();
  await expect(page).toHaveURL("/sign-in");
  return { secret, codes, id };
}

/** Counts the code POSTs the page sends to /mfa/verify. */
function countVerifyPosts(page: Page): () => number {
  let posts = 0;
  page.on("request", (r) => {
    if (r.method() === "POST" && new URL(r.url()).pathname === "/mfa/verify") posts += 1;
  });
  return () => posts;
}

test("six wrong digits and Enter, or Verify clicked as well, send the code once", async ({
  page,
}) => {
  const user = uniqueUser();
  const { secret, id } = await registerWithApp(page, user);
  const signIn = new SignInPage(page);
  const verify = new VerifyPage(page);
  await signIn.signIn(user.username, user.password);
  await expect(verify.totpHeading).toBeVisible();
  const posts = countVerifyPosts(page);
  const before = countFailures(id, "mfa:Totp");

  await verify.code.pressSequentially(totpCode(secret, 10));
  await verify.code.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: INVALID_CODE })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(posts()).toBe(1);
  expect(countFailures(id, "mfa:Totp")).toBe(before + 1);

  await verify.code.pressSequentially(totpCode(secret, 12));
  await verify.verify.click();
  await verify.code.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: INVALID_CODE })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(posts()).toBe(2);
  expect(countFailures(id, "mfa:Totp")).toBe(before + 2);

  // After a refusal the next code goes through as usual (the current step was used at setup).
  await verify.code.pressSequentially(totpCode(secret, 1));
  await new AccountPage(page).expectSignedInAs(user.username);
});

test("Verify on an empty field asks for the code and counts nothing", async ({ page }) => {
  const user = uniqueUser();
  const { secret, id } = await registerWithApp(page, user);
  const verify = new VerifyPage(page);
  await new SignInPage(page).signIn(user.username, user.password);
  await expect(verify.totpHeading).toBeVisible();
  const before = countFailures(id, "mfa:Totp");

  await verify.verify.click();
  await expect(page.getByRole("alert").filter({ hasText: ENTER_CODE })).toBeVisible();
  await expect(verify.code).toHaveAttribute("aria-invalid", "true");
  await verify.code.fill("123");
  await verify.code.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: ENTER_CODE })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(countFailures(id, "mfa:Totp")).toBe(before);

  await verify.code.pressSequentially(totpCode(secret, 1));
  await new AccountPage(page).expectSignedInAs(user.username);
});

test("reloading the backup-codes page shows the same codes, and they sign in later", async ({
  page,
}) => {
  const user = uniqueUser();
  const register = new RegisterPage(page);
  await register.goto();
  await register.register(user);
  await enrollAuthenticatorApp(page);
  const backup = new BackupCodesPage(page);
  const codes = await backup.generateCodes();

  await page.reload();
  await expect(backup.codes).toHaveCount(10);
  expect(await backup.codes.allTextContents()).toEqual(codes);
  await expect(backup.generate).toHaveCount(0);
  await backup.continue.click();
  const account = new AccountPage(page);
  await account.expectSignedInAs(user.username);
  await account.signOut.click();

  const verify = new VerifyPage(page);
  await new SignInPage(page).signIn(user.username, user.password);
  await verify.switchTo("Backup code");
  await verify.backupCode.fill(codes[4] ?? "");
  await verify.verify.click();
  await account.expectSignedInAs(user.username);
});
