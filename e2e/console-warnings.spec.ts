// Warnings where a click has consequences: Mandatory MFA reaches the admin too, the per-user
// requirement next to the policy, the sign-in's own attempt limit, and the last try at verify.
import { expect, test, uniqueUser } from "./fixtures";
import { MfaSettingsPage } from "./pages/console-mfa";
import { BackupCodesPage, enrollAuthenticatorApp, totpCode, VerifyPage } from "./pages/mfa";
import { RegisterPage } from "./pages/register";
import { SignInPage } from "./pages/sign-in";
import { signInAsAdmin } from "./support/admin";
import { ORIGIN, registerViaApi } from "./support/api";
import { enableMfa, MFA_ON, restoreMfa } from "./support/settings";

test.afterAll(async ({ playwright }) => restoreMfa(playwright));

test("choosing Mandatory warns an admin without an authenticator, before saving", async ({
  page,
}) => {
  await signInAsAdmin(page);
  const form = new MfaSettingsPage(page);
  await form.goto();
  await form.waitForEnhanced();
  await expect(page.locator('[data-limit="flow"]')).toHaveText(
    /Each sign-in also allows 5 wrong second-factor attempts; then that sign-in is locked/,
  );

  await form.switchFor("Totp").click();
  await form.mandatory.check();
  const notice = page.locator('[data-notice="mandatory-admin"]');
  await expect(notice).toContainText("This includes you.");
  const enrollNow = notice.getByRole("link", { name: /Set up yours now/ });
  await expect(enrollNow).toHaveAttribute("href", "/account/security");
  await expect(enrollNow).toHaveAttribute("target", "_blank");

  await form.userControlled.check();
  await expect(notice).toHaveCount(0);
  await form.discard.click();
});

test("Require MFA for this user says when the policy already decides", async ({
  page,
  playwright,
}) => {
  const request = await playwright.request.newContext({ baseURL: ORIGIN });
  const user = await registerViaApi(request, uniqueUser());
  await request.dispose();
  await signInAsAdmin(page);
  await page.goto(`/console/users/${user.id}`);
  await expect(page.locator('[data-policy-note="off"]')).toContainText("No factor is turned on");

  await enableMfa(playwright, { factors: ["Totp", "BackupCode"], policy: "Mandatory" });
  await page.reload();
  await expect(page.locator('[data-policy-note="mandatory"]')).toContainText(
    "Your sign-in policy is Mandatory MFA",
  );
  await enableMfa(playwright, MFA_ON);
  // From Mandatory to user-controlled the enrollment page looks the same, so enableMfa cannot
  // tell when the server's settings cache (a second) has the change: reload until it does.
  await expect(async () => {
    await page.reload();
    await expect(page.locator("[data-policy-note]")).toHaveCount(0, { timeout: 500 });
  }).toPass();
});

test("the verify screen warns before the sign-in's last attempt", async ({ page, playwright }) => {
  await enableMfa(playwright, MFA_ON);
  const user = uniqueUser();
  const register = new RegisterPage(page);
  await register.goto();
  await register.register(user);
  const secret = await enrollAuthenticatorApp(page);
  const backup = new BackupCodesPage(page);
  await backup.generateCodes();
  await backup.continue.click();
  await page.context().clearCookies();

  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(user.username, user.password);
  const verify = new VerifyPage(page);
  await expect(verify.totpHeading).toBeVisible();
  const warning = page.getByRole("status").filter({
    hasText: "1 attempt left before this sign-in is locked",
  });
  for (let failure = 1; failure <= 4; failure++) {
    await expect(warning).toHaveCount(0);
    // Each code is sent only after the last one was answered: a code typed while the previous
    // one is still on its way is not sent, and the count would fall one short.
    const answered = page.waitForResponse(
      (r) => r.request().method() === "POST" && r.request().headers()["next-action"] !== undefined,
    );
    // Far outside the ±1 step the server accepts.
    await verify.code.fill(totpCode(secret, 10 + failure));
    await answered;
    await expect(
      page.getByRole("alert").filter({ hasText: "That code is not valid" }),
    ).toBeVisible();
  }
  await expect(warning).toBeVisible();
  // The right code still works on the last try.
  await verify.code.fill(totpCode(secret, 1));
  await expect(page).toHaveURL(/\/account/);
});
