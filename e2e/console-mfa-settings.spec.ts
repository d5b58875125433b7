// The console's MFA page (Sign-in experience → Multi-factor authentication): one switch plus
// Save turns MFA on for real, the backup-codes rule, Discard, the unsaved-changes guard, the
// keyboard, and the plain-HTML form. Other specs assume MFA is off: afterAll puts it back.
import type { APIRequestContext, Browser, Cookie, Page } from "@playwright/test";
import { expect, test, uniqueUser } from "./fixtures";
import { MFA_PATH, MfaSettingsPage } from "./pages/console-mfa";
import { RegisterPage } from "./pages/register";
import { adminSessionCookies } from "./support/admin";
import { ORIGIN, startFlow } from "./support/api";

const BACKUP_ALONE = "Backup codes need another factor";

test.describe.configure({ mode: "serial" });

// Signed in once, before MFA is on: with MFA on, the admin (who has no factor) could no longer
// sign in through the API without an MFA step, so every test and afterAll reuse this session.
let adminCookies: Cookie[] = [];

/** A registration flow through the JSON API, up to submit: what the flow asks for next. */
async function submitRegistration(request: APIRequestContext) {
  const user = uniqueUser();
  const write = { headers: { Origin: ORIGIN } };
  await startFlow(request, "Register");
  const verified = await request.post("/api/experience/verification/new-password-identity", {
    ...write,
    data: { identifier: { type: "username", value: user.username }, password: user.password },
  });
  expect(verified.ok(), await verified.text()).toBe(true);
  const identified = await request.post("/api/experience/identification", {
    ...write,
    data: { verificationId: (await verified.json()).verificationId },
  });
  expect(identified.status()).toBe(204);
  const submitted = await request.post("/api/experience/submit", write);
  return { status: submitted.status(), body: await submitted.json() };
}

/** Back to MFA off with the default policy and lockout, through the plain HTML form. */
async function restoreDefaults(browser: Browser): Promise<void> {
  const context = await browser.newContext({ baseURL: ORIGIN, javaScriptEnabled: false });
  try {
    await context.addCookies(adminCookies);
    const mfa = new MfaSettingsPage(await context.newPage());
    await mfa.goto();
    await mfa.setFactors([]);
    await mfa.userControlled.check();
    await mfa
      .prompt("Ask at registration, and once at the next sign-in for existing users")
      .check();
    await mfa.maxAttempts.fill("10");
    await mfa.lockoutDuration.fill("60");
    await mfa.save.click();
    await expect(mfa.saved).toBeVisible();
    expect(await mfa.factorsOn()).toEqual([]);
  } finally {
    await context.close();
  }
}

test.beforeAll(async ({ playwright }) => {
  adminCookies = await adminSessionCookies(playwright);
});

test.beforeEach(async ({ context }) => {
  await context.addCookies(adminCookies);
});

test.afterAll(async ({ browser }) => {
  await restoreDefaults(browser);
});

test("one switch plus Save turns MFA on: a new user is asked to turn on 2-step verification", async ({
  page,
  browser,
  request,
}) => {
  const mfa = new MfaSettingsPage(page);
  await mfa.goto();
  await expect(page.getByText("MFA is off", { exact: true }).first()).toBeVisible();
  await expect(mfa.bar).toHaveCount(0);

  await mfa.switchFor("Totp").click();
  await expect(mfa.switchFor("Totp")).toBeChecked();
  await expect(mfa.bar).toContainText("You have unsaved changes");
  await mfa.saveAndConfirm();
  // The form keeps showing what was saved (React must not reset it to the first render's values).
  await expect(mfa.switchFor("Totp")).toBeChecked();
  await expect(mfa.maxAttempts).toHaveValue("10");
  await expect(page.getByText("MFA is on", { exact: true })).toBeVisible();
  // The toast hides by itself.
  await expect(mfa.saved).toHaveCount(0, { timeout: 10_000 });

  await page.reload();
  await expect(mfa.switchFor("Totp")).toBeChecked();
  expect(await mfa.factorsOn()).toEqual(["Totp"]);

  await test.step("a visitor registering in another browser is prompted", async () => {
    const visitor = await browser.newContext({ baseURL: ORIGIN });
    try {
      const visitorPage = await visitor.newPage();
      const register = new RegisterPage(visitorPage);
      await register.goto();
      await register.register(uniqueUser());
      await expect(visitorPage).toHaveURL("/mfa/enroll");
      await expect(
        visitorPage.getByRole("heading", { level: 1, name: "Turn on 2-step verification" }),
      ).toBeVisible();
    } finally {
      await visitor.close();
    }
  });

  await test.step("the JSON API asks for enrollment too", async () => {
    const submitted = await submitRegistration(request);
    expect(submitted.status).toBe(422);
    expect(submitted.body).toMatchObject({
      code: "user.suggest_mfa",
      data: { availableFactors: ["Totp"] },
    });
  });
});

test("backup codes alone: the rule shows at the card and nothing can be saved", async ({
  page,
}) => {
  const mfa = new MfaSettingsPage(page);
  await mfa.goto();
  const before = await mfa.factorsOn();

  await mfa.setFactors(["BackupCode"]);
  const backupSwitch = mfa.switchFor("BackupCode");
  await expect(page.getByRole("alert").filter({ hasText: BACKUP_ALONE })).toBeVisible();
  await expect(backupSwitch).toHaveAttribute("aria-invalid", "true");
  await expect(backupSwitch).toHaveAccessibleDescription(new RegExp(BACKUP_ALONE));
  await expect(mfa.bar).toContainText("Fix the error above to save");
  await expect(mfa.save).toBeDisabled();
  await mfa.save.click({ force: true });
  await expect(mfa.saved).toHaveCount(0);

  // Another factor satisfies the rule.
  await mfa.switchFor("WebAuthn").check();
  await expect(page.getByText(BACKUP_ALONE)).toHaveCount(0);
  await expect(mfa.save).toBeEnabled();
  await mfa.switchFor("WebAuthn").uncheck();
  await expect(mfa.save).toBeDisabled();

  // Reloading asks first (unsaved changes), then shows the settings as they were.
  page.once("dialog", (dialog) => dialog.accept());
  await page.reload();
  await expect(mfa.switchFor("Totp")).toBeVisible();
  expect(await mfa.factorsOn()).toEqual(before);
  await expect(mfa.bar).toHaveCount(0);
});

test("Discard puts back the saved settings", async ({ page }) => {
  const mfa = new MfaSettingsPage(page);
  await mfa.goto();
  const factors = await mfa.factorsOn();
  const maxAttempts = await mfa.maxAttempts.inputValue();
  const mandatory = await mfa.mandatory.isChecked();

  await mfa.switchFor("WebAuthn").setChecked(!factors.includes("WebAuthn"));
  await (mandatory ? mfa.userControlled : mfa.mandatory).check();
  await mfa.maxAttempts.fill("0");
  await mfa.maxAttempts.blur();
  await expect(page.getByText("Enter a whole number from 1 to 100.")).toBeVisible();
  await expect(mfa.maxAttempts).toHaveAttribute("aria-invalid", "true");
  await mfa.lockoutDuration.fill("1441");
  await expect(page.getByText("Enter a whole number of minutes from 1 to 1440")).toBeVisible();
  await expect(mfa.save).toBeDisabled();

  await mfa.discard.click();
  await expect(mfa.bar).toHaveCount(0);
  expect(await mfa.factorsOn()).toEqual(factors);
  await expect(mfa.mandatory).toBeChecked({ checked: mandatory });
  await expect(mfa.maxAttempts).toHaveValue(maxAttempts);
  await expect(page.getByText("Enter a whole number from 1 to 100.")).toHaveCount(0);

  // Changing a value back by hand is not a change either.
  await mfa.maxAttempts.fill("7");
  await expect(mfa.bar).toBeVisible();
  await mfa.maxAttempts.fill(maxAttempts);
  await expect(mfa.bar).toHaveCount(0);
});

test("leaving with unsaved changes asks first", async ({ page }) => {
  const mfa = new MfaSettingsPage(page);
  await mfa.goto();
  await mfa.switchFor("WebAuthn").click();
  await expect(mfa.bar).toBeVisible();
  const usersLink = page.getByRole("navigation", { name: "Console" }).getByRole("link", {
    name: "Users",
  });

  await test.step("dismissing the prompt stays, with the change kept", async () => {
    const dialog = page.waitForEvent("dialog");
    page.once("dialog", (d) => d.dismiss());
    await usersLink.click();
    expect((await dialog).type()).toBe("confirm");
    expect((await dialog).message()).toContain("unsaved changes");
    await expect(page).toHaveURL(MFA_PATH);
    await expect(mfa.bar).toBeVisible();
  });

  await test.step("the sub-page tabs ask too", async () => {
    const dialog = page.waitForEvent("dialog");
    page.once("dialog", (d) => d.dismiss());
    await page.getByRole("link", { name: "Registration", exact: true }).click();
    expect((await dialog).type()).toBe("confirm");
    await expect(page).toHaveURL(MFA_PATH);
  });

  await test.step("signing out asks too (dismissed: this session is shared by the tests)", async () => {
    const dialog = page.waitForEvent("dialog");
    page.once("dialog", (d) => d.dismiss());
    await page.getByRole("button", { name: "Sign out" }).click();
    expect((await dialog).type()).toBe("confirm");
    await expect(page).toHaveURL(MFA_PATH);
    await expect(mfa.bar).toBeVisible();
  });

  await test.step("reloading asks through beforeunload", async () => {
    const dialog = page.waitForEvent("dialog");
    page.once("dialog", (d) => d.dismiss());
    await page.reload({ timeout: 5_000 }).catch(() => {});
    expect((await dialog).type()).toBe("beforeunload");
    await expect(mfa.bar).toBeVisible();
  });

  await test.step("accepting leaves without saving", async () => {
    page.once("dialog", (d) => d.accept());
    await usersLink.click();
    await expect(page).toHaveURL("/console/users");
    await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  });

  // Nothing unsaved, nothing asked.
  let asked = false;
  page.on("dialog", (d) => {
    asked = true;
    void d.dismiss();
  });
  await mfa.goto();
  await page.getByRole("link", { name: "Registration", exact: true }).click();
  await expect(page).toHaveURL("/console/sign-in-experience");
  expect(asked).toBe(false);
});

test("keyboard only: Tab reaches a switch, Space toggles it, and Save is reachable", async ({
  page,
}) => {
  const mfa = new MfaSettingsPage(page);
  await mfa.goto();
  const passkeys = mfa.switchFor("WebAuthn");
  const wasOn = await passkeys.isChecked();

  const tabTo = async (target: ReturnType<Page["locator"]>, max = 40) => {
    for (let i = 0; i < max; i += 1) {
      await page.keyboard.press("Tab");
      if (await target.evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error("Tab never reached the element");
  };

  await tabTo(passkeys);
  await expect(passkeys).toBeFocused();
  // The switch draws a visible focus ring.
  await expect(passkeys).not.toHaveCSS("box-shadow", "none");
  await page.keyboard.press("Space");
  await expect(passkeys).toBeChecked({ checked: !wasOn });
  await expect(mfa.bar).toBeVisible();
  await page.keyboard.press("Space");
  await expect(passkeys).toBeChecked({ checked: wasOn });
  await expect(mfa.bar).toHaveCount(0);
  await page.keyboard.press("Space");

  await tabTo(mfa.save);
  await page.keyboard.press("Enter");
  await expect(mfa.saved).toBeVisible();
  // Focus goes back to the setting just changed, not to the top of the page.
  await expect(passkeys).toBeFocused();

  await page.reload();
  await expect(passkeys).toBeChecked({ checked: !wasOn });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form still saves, and the server refuses backup codes alone in place", async ({
    page,
  }) => {
    const mfa = new MfaSettingsPage(page);
    await mfa.goto();
    await expect(mfa.save).toBeVisible();
    const before = await mfa.factorsOn();

    await mfa.setFactors(["BackupCode"]);
    await mfa.save.click();
    await expect(page.getByRole("alert").filter({ hasText: BACKUP_ALONE })).toBeVisible();
    await expect(mfa.switchFor("BackupCode")).toBeChecked();
    await page.goto(MFA_PATH);
    expect(await mfa.factorsOn()).toEqual(before);

    await mfa.setFactors(["Totp", "BackupCode"]);
    await mfa.mandatory.check();
    await mfa.save.click();
    await expect(mfa.saved).toBeVisible();
    await page.goto(MFA_PATH);
    expect(await mfa.factorsOn()).toEqual(["Totp", "BackupCode"]);
    await expect(mfa.mandatory).toBeChecked();
  });
});
