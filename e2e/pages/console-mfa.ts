// Page object for the console's MFA settings (Sign-in experience → Multi-factor authentication)
// and the live preview beside the form.
import { expect, type FrameLocator, type Locator, type Page } from "@playwright/test";

export const MFA_PATH = "/console/sign-in-experience/mfa";

export const FACTORS = {
  Totp: "Authenticator app OTP",
  WebAuthn: "Passkeys and security keys",
  BackupCode: "Backup codes",
} as const;
export type Factor = keyof typeof FACTORS;

export class MfaSettingsPage {
  readonly bar: Locator;
  readonly save: Locator;
  readonly discard: Locator;
  readonly saved: Locator;
  readonly userControlled: Locator;
  readonly mandatory: Locator;
  readonly maxAttempts: Locator;
  readonly lockoutDuration: Locator;

  constructor(readonly page: Page) {
    this.bar = page.getByRole("region", { name: "Save changes" });
    this.save = this.bar.getByRole("button", { name: "Save", exact: true });
    this.discard = this.bar.getByRole("button", { name: "Discard", exact: true });
    this.saved = page.getByRole("status").filter({ hasText: "Saved" });
    this.userControlled = page.getByRole("radio", { name: "User-controlled MFA" });
    this.mandatory = page.getByRole("radio", { name: "Mandatory MFA" });
    this.maxAttempts = page.getByLabel("Failed attempts before lockout");
    this.lockoutDuration = page.getByLabel("Lockout duration (minutes)");
  }

  switchFor(factor: Factor): Locator {
    return this.page.getByRole("switch", { name: FACTORS[factor], exact: true });
  }

  prompt(label: string): Locator {
    return this.page.getByRole("radio", { name: label });
  }

  async goto(): Promise<void> {
    await this.page.goto(MFA_PATH);
    await expect(
      this.page.getByRole("heading", { level: 1, name: "Sign-in experience" }),
    ).toBeVisible();
    await expect(
      this.page.getByRole("link", { name: "Multi-factor authentication", exact: true }),
    ).toHaveAttribute("aria-current", "page");
  }

  /**
   * Waits until React has taken over the form: before that, a click only toggles the plain
   * checkbox, and neither the preview nor the Save bar follow it. The enhanced form validates
   * in React and so drops the browser's own validation (novalidate).
   */
  async waitForEnhanced(): Promise<void> {
    await expect(
      this.page.getByRole("form", { name: "Multi-factor authentication settings" }),
    ).toHaveAttribute("novalidate", "");
  }

  /** Which factor switches are on. */
  async factorsOn(): Promise<Factor[]> {
    const on: Factor[] = [];
    for (const factor of Object.keys(FACTORS) as Factor[]) {
      if (await this.switchFor(factor).isChecked()) on.push(factor);
    }
    return on;
  }

  async setFactors(factors: Factor[]): Promise<void> {
    for (const factor of Object.keys(FACTORS) as Factor[]) {
      await this.switchFor(factor).setChecked(factors.includes(factor));
    }
  }

  async saveAndConfirm(): Promise<void> {
    await this.save.click();
    await expect(this.saved).toBeVisible();
    await expect(this.bar).toHaveCount(0);
  }
}

/** The live preview: screen picker, Desktop/Phone toggle and the framed hosted screen. */
export class MfaPreview {
  readonly pane: Locator;
  readonly screen: Locator;
  readonly desktop: Locator;
  readonly phone: Locator;
  readonly iframe: Locator;
  readonly frame: FrameLocator;
  /** What the preview shows for a screen the settings never lead to. */
  readonly notShown: Locator;
  /** The desktop frame's address bar. */
  readonly address: Locator;

  constructor(readonly page: Page) {
    this.pane = page.getByRole("region", { name: "Live preview" });
    this.screen = this.pane.getByLabel("Screen");
    this.desktop = this.pane.getByRole("button", { name: "Desktop" });
    this.phone = this.pane.getByRole("button", { name: "Phone" });
    this.iframe = this.pane.locator('iframe[title="Sign-in preview"]');
    this.frame = this.pane.frameLocator('iframe[title="Sign-in preview"]');
    this.notShown = this.frame.getByText("Not shown with these settings");
    this.address = this.pane.getByTestId("preview-address");
  }

  heading(name: string | RegExp): Locator {
    return this.frame.getByRole("heading", { level: 1, name });
  }

  /** Picks a screen by its label in the picker and waits for the frame to load it. */
  async show(label: string, id: string): Promise<void> {
    await this.screen.selectOption({ label });
    await expect(this.iframe).toHaveAttribute("src", new RegExp(`^/preview/${id}\\?`));
    await expect(this.frame.locator(`[data-preview-screen="${id}"]`)).toBeAttached();
  }

  /** The width of the page inside the frame, in CSS pixels (the frame is scaled to fit). */
  async frameViewportWidth(): Promise<number> {
    return this.frame.locator("html").evaluate(() => window.innerWidth);
  }
}
