// Authenticator-app enrollment on a phone: the setup key leads (a phone cannot scan its own
// screen), the QR code is there for another device, and no page scrolls sideways.
import type { Page } from "@playwright/test";
import { expect, test, uniqueUser } from "./fixtures";
import { AccountPage } from "./pages/account";
import { BackupCodesPage, EnrollPage, TotpSetupPage, totpCode } from "./pages/mfa";
import { RegisterPage } from "./pages/register";
import { enableMfa, restoreMfa } from "./support/settings";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
test.beforeAll(async ({ playwright }) => enableMfa(playwright));
test.afterAll(async ({ playwright }) => restoreMfa(playwright));

async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(innerWidth, "layout viewport is the phone's width").toBe(390);
  expect(scrollWidth, `${page.url()} is wider than the screen`).toBeLessThanOrEqual(innerWidth);
}

test("set up an authenticator app on a phone: the key first, nothing wider than the screen", async ({
  page,
}) => {
  const user = uniqueUser();
  const register = new RegisterPage(page);
  const enroll = new EnrollPage(page);
  const setup = new TotpSetupPage(page);
  const backup = new BackupCodesPage(page);

  await register.goto();
  await register.register(user);
  await enroll.expectPrompt();
  await expectNoHorizontalOverflow(page);
  await enroll.turnOn.tap();
  await expect(enroll.listHeading).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await enroll.authenticatorApp.tap();

  await setup.expectShown();
  await expectNoHorizontalOverflow(page);
  // The key is on screen without opening anything, above the QR code.
  await expect(setup.key).toBeInViewport();
  await expect(setup.qrCode).toHaveCount(0);
  await page.getByText("Show a QR code for another device").tap();
  await expect(setup.qrCode).toBeVisible();
  const keyBox = await setup.key.boundingBox();
  const qrBox = await setup.qrCode.boundingBox();
  expect(keyBox && qrBox && keyBox.y + keyBox.height <= qrBox.y).toBe(true);
  await expectNoHorizontalOverflow(page);

  const secret = (await setup.key.textContent())?.replace(/\s+/g, "") ?? "";
  // One tap hands the same key to the phone's authenticator app.
  const open = page.getByRole("link", { name: "Open in your authenticator app" });
  await expect(open).toBeVisible();
  const uri = new URL((await open.getAttribute("href")) ?? "");
  expect(uri.protocol).toBe("otpauth:");
  expect(uri.searchParams.get("secret")).toBe(secret);
  await setup.code.tap();
  await setup.code.pressSequentially(totpCode(secret));
  await expect(page).toHaveURL("/mfa/backup-codes");
  await expectNoHorizontalOverflow(page);
  await backup.generateCodes();
  await expectNoHorizontalOverflow(page);
  await backup.continue.tap();
  await new AccountPage(page).expectSignedInAs(user.username);
});
