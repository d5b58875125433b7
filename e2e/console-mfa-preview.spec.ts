// The live preview as an admin drives it from the console's MFA form: switches, the policy, the
// screen picker and the Desktop/Phone toggle change what the framed hosted screen shows, and
// none of it is saved. (e2e/console-preview.spec.ts covers the preview page itself.)
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { type Factor, MfaPreview, MfaSettingsPage } from "./pages/console-mfa";
import { signInAsAdmin } from "./support/admin";
import { restoreMfa } from "./support/settings";

// Every test starts from the saved default: MFA off, prompts at sign-in and sign-up.
test.beforeAll(async ({ playwright }) => restoreMfa(playwright));

test.beforeEach(async ({ page }) => {
  await signInAsAdmin(page);
});

/** The MFA page, ready for input, with nothing saved yet. */
async function openMfaSettings(page: Page) {
  const mfa = new MfaSettingsPage(page);
  const preview = new MfaPreview(page);
  await mfa.goto();
  await mfa.waitForEnhanced();
  expect(await mfa.factorsOn(), "the saved settings this spec starts from").toEqual([]);
  await expect(mfa.bar).toHaveCount(0);
  return { mfa, preview };
}

/** Reloads past the unsaved-changes prompt and returns the switches that are on after it. */
async function savedFactorsAfterReload(mfa: MfaSettingsPage): Promise<Factor[]> {
  mfa.page.once("dialog", (dialog) => dialog.accept());
  await mfa.page.reload();
  await mfa.waitForEnhanced();
  await expect(mfa.bar).toHaveCount(0);
  return mfa.factorsOn();
}

test("factor switches change the preview's method list without saving", async ({ page }) => {
  const { mfa, preview } = await openMfaSettings(page);
  const authenticatorApp = preview.frame.getByRole("button", { name: /^Authenticator app/ });
  const passkey = preview.frame.getByRole("link", { name: /^Passkey/ });

  await preview.show("Choose a method", "factor-list");
  await expect(preview.notShown).toBeVisible();
  await expect(
    preview.frame.getByText(
      "This screen is not shown while both Authenticator app and Passkeys are off.",
    ),
  ).toBeVisible();

  await mfa.switchFor("Totp").click();
  await expect(preview.heading("Add 2-step verification")).toBeVisible();
  await expect(authenticatorApp).toBeVisible();
  await expect(passkey).toHaveCount(0);

  await mfa.switchFor("WebAuthn").click();
  await expect(passkey).toBeVisible();
  await expect(authenticatorApp).toBeVisible();

  await mfa.switchFor("Totp").click();
  await expect(authenticatorApp).toHaveCount(0);
  await expect(passkey).toBeVisible();
  // The screen is still the one picked.
  await expect(preview.screen).toHaveValue("factor-list");
  await expect(mfa.bar).toContainText("You have unsaved changes");

  await test.step("nothing was saved", async () => {
    expect(await savedFactorsAfterReload(mfa)).toEqual([]);
    await preview.show("Choose a method", "factor-list");
    await expect(preview.notShown).toBeVisible();
  });
});

test("Mandatory removes the enrollment prompt's skip button, User-controlled brings it back", async ({
  page,
}) => {
  const { mfa, preview } = await openMfaSettings(page);
  const skip = preview.frame.getByRole("button", { name: "Skip for now" });
  const turnOn = preview.frame.getByRole("link", { name: "Turn on", exact: true });

  await mfa.switchFor("Totp").click();
  await preview.show("Enrollment prompt", "enroll-prompt");
  await expect(preview.heading("Turn on 2-step verification")).toBeVisible();
  await expect(turnOn).toBeVisible();
  await expect(skip).toBeVisible();

  await mfa.mandatory.check();
  await expect(skip).toHaveCount(0);
  await expect(turnOn).toBeVisible();

  await mfa.userControlled.check();
  await expect(skip).toBeVisible();

  await mfa.mandatory.check();
  await expect(skip).toHaveCount(0);

  await test.step("nothing was saved", async () => {
    expect(await savedFactorsAfterReload(mfa)).toEqual([]);
    await expect(mfa.userControlled).toBeChecked();
    await expect(mfa.mandatory).not.toBeChecked();
  });
});

test("the screen picker changes the framed screen", async ({ page }) => {
  const { mfa, preview } = await openMfaSettings(page);
  await expect(preview.screen).toHaveValue("sign-in");
  await expect(preview.heading("Sign in")).toBeVisible();

  // Every method on, so no screen is replaced by "Not shown with these settings".
  await mfa.setFactors(["Totp", "WebAuthn", "BackupCode"]);
  const screens = [
    {
      label: "Authenticator app setup (QR)",
      id: "totp-setup",
      heading: "Set up your authenticator app",
    },
    { label: "Passkey setup", id: "passkey-setup", heading: "Create a passkey" },
    { label: "Backup codes", id: "backup-codes", heading: "Save your backup codes" },
    { label: "Authenticator app code", id: "verify-totp", heading: "Enter your code" },
    { label: "Too many attempts", id: "lockout", heading: "Too many attempts" },
    { label: "Sign in", id: "sign-in", heading: "Sign in" },
  ];
  for (const { label, id, heading } of screens) {
    await preview.show(label, id);
    await expect(preview.heading(heading)).toBeVisible();
    await expect(preview.frame.getByRole("heading", { level: 1 })).toHaveCount(1);
  }

  // The frame runs no script, yet shows the passkey steps as the hosted pages do with it.
  await preview.show("Passkey", "verify-passkey");
  await expect(preview.frame.getByRole("button", { name: "Use your passkey" })).toBeVisible();
  await expect(preview.frame.getByText("Passkeys need JavaScript")).toBeHidden();
  await preview.show("Passkey setup", "passkey-setup");
  await expect(preview.frame.getByRole("button", { name: "Create a passkey" })).toBeVisible();
});

test("the Desktop/Phone toggle changes the frame's width; both stay legible at 1280×800", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const { preview } = await openMfaSettings(page);
  await expect(preview.desktop).toHaveAttribute("aria-pressed", "true");
  await expect(preview.phone).toHaveAttribute("aria-pressed", "false");
  await expect(preview.heading("Sign in")).toBeVisible();
  await expect(preview.iframe).toHaveAttribute("width", "800");
  expect(await preview.frameViewportWidth()).toBe(800);
  const desktopBox = await preview.iframe.boundingBox();
  // Drawn at no less than ~60% of its size, so its 14 px text reads at 8 px or more.
  expect(desktopBox && desktopBox.width / 800, "desktop frame scale").toBeGreaterThanOrEqual(0.58);

  await preview.phone.click();
  await expect(preview.phone).toHaveAttribute("aria-pressed", "true");
  await expect(preview.desktop).toHaveAttribute("aria-pressed", "false");
  await expect(preview.iframe).toHaveAttribute("width", "390");
  await expect.poll(() => preview.frameViewportWidth()).toBe(390);
  await expect(preview.heading("Sign in")).toBeVisible();
  // Both are scaled to fit the pane, so on screen the shape changes: wide, then tall.
  // The pane sticks below the window's top as the form scrolls: all of it (picker, toggle and
  // phone) fits the window's height.
  await expect
    .poll(async () => (await preview.pane.boundingBox())?.height ?? Number.POSITIVE_INFINITY, {
      message: "the pane with the phone frame fits in the window",
    })
    .toBeLessThanOrEqual(800 - 24);
  const phoneBox = await preview.iframe.boundingBox();
  expect(desktopBox && desktopBox.width > desktopBox.height, "desktop frame is landscape").toBe(
    true,
  );
  expect(phoneBox && phoneBox.height > phoneBox.width * 1.5, "phone frame is portrait").toBe(true);

  await preview.desktop.click();
  await expect(preview.desktop).toHaveAttribute("aria-pressed", "true");
  await expect(preview.iframe).toHaveAttribute("width", "800");
  await expect.poll(() => preview.frameViewportWidth()).toBe(800);
});

test("the address bar shows the hosted path of the screen picked", async ({ page }) => {
  const { mfa, preview } = await openMfaSettings(page);
  await mfa.switchFor("Totp").click();
  await expect(preview.address).toHaveText("/sign-in");
  await preview.show("Authenticator app code", "verify-totp");
  await expect(preview.address).toHaveText("/mfa/verify?method=Totp");
  await preview.show("Try another method", "try-another-method");
  await expect(preview.address).toHaveText("/mfa/verify?choose=1");
  await expect(preview.heading("Try another method")).toBeVisible();
});

test("a change swaps in the new screen without a blank frame, and keeps the admin's focus", async ({
  page,
}) => {
  const { mfa, preview } = await openMfaSettings(page);
  await expect(preview.heading("Sign in")).toBeVisible();
  // The sign-in screen's autofocus stays in the frame: the console keeps its own focus.
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("BODY");
  await preview.show("Choose a method", "factor-list");
  await expect(preview.notShown).toBeVisible();
  // Every frame the console paints until the change shows, the preview shows a screen.
  await page.evaluate(() => {
    const w = window as Window & { blank?: number; watching?: boolean };
    w.blank = 0;
    w.watching = true;
    const watch = () => {
      const shown = document.querySelector<HTMLIFrameElement>('iframe[title="Sign-in preview"]');
      const body = shown?.contentDocument?.body;
      if (!body?.querySelector("[data-preview-screen]")) w.blank = (w.blank ?? 0) + 1;
      if (w.watching) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  await mfa.switchFor("Totp").click();
  await expect(preview.heading("Add 2-step verification")).toBeVisible();
  await mfa.switchFor("WebAuthn").click();
  await expect(preview.frame.getByRole("link", { name: /^Passkey/ })).toBeVisible();
  const blank = await page.evaluate(() => {
    const w = window as Window & { blank?: number; watching?: boolean };
    w.watching = false;
    return w.blank;
  });
  expect(blank, "frames painted with no screen in the preview").toBe(0);
  // The switch clicked last keeps the focus; the new frame's fields do not take it.
  await expect(mfa.switchFor("WebAuthn")).toBeFocused();
});

test("links and buttons in the preview stay where they are, with a word on why", async ({
  page,
}) => {
  const { preview } = await openMfaSettings(page);
  await expect(preview.heading("Sign in")).toBeVisible();
  const src = await preview.iframe.getAttribute("src");
  await preview.frame.getByRole("link", { name: "Create an account" }).click();
  await expect(preview.pane.getByRole("status")).toHaveText(
    "Preview only — links and buttons are off here.",
  );
  await preview.frame.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(preview.heading("Sign in")).toBeVisible();
  await expect(preview.iframe).toHaveAttribute("src", src ?? "");
  expect(await preview.frame.locator("html").evaluate(() => location.pathname)).toBe(
    "/preview/sign-in",
  );
});
