// Page objects for the hosted MFA pages (/mfa/*) and the TOTP codes a test types into them.
import { expect, type Locator, type Page } from "@playwright/test";
import { generateSync } from "otplib";

/** The code an authenticator app shows now, or `stepsAhead` 30-second steps from now. */
export function totpCode(secret: string, stepsAhead = 0): string {
  return generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + stepsAhead * 30 });
}

/** /mfa/enroll: the one-time prompt, and the list of factors to add. */
export class EnrollPage {
  readonly promptHeading: Locator;
  readonly turnOn: Locator;
  readonly skip: Locator;
  readonly listHeading: Locator;
  readonly authenticatorApp: Locator;
  readonly passkey: Locator;
  readonly required: Locator;

  constructor(readonly page: Page) {
    this.promptHeading = page.getByRole("heading", {
      level: 1,
      name: "Turn on 2-step verification",
    });
    this.turnOn = page.getByRole("link", { name: "Turn on", exact: true });
    this.skip = page.getByRole("button", { name: "Skip for now" });
    this.listHeading = page.getByRole("heading", { level: 1, name: "Add 2-step verification" });
    this.authenticatorApp = page.getByRole("button", { name: /^Authenticator app/ });
    this.passkey = page.getByRole("link", { name: /^Passkey/ });
    this.required = page.getByRole("status").filter({ hasText: "Required for your account" });
  }

  async expectPrompt(): Promise<void> {
    await expect(this.page).toHaveURL("/mfa/enroll");
    await expect(this.promptHeading).toBeVisible();
  }

  /** From the prompt to the factor list. */
  async choose(): Promise<void> {
    await this.turnOn.click();
    await expect(this.page).toHaveURL("/mfa/enroll?choose=1");
    await expect(this.listHeading).toBeVisible();
  }
}

/** /mfa/totp-setup: QR code, setup key, and the 6-digit code field. */
export class TotpSetupPage {
  readonly heading: Locator;
  readonly qrCode: Locator;
  readonly cantScan: Locator;
  /** The setup key the user can see (desktop: under the disclosure; phone: at the top). */
  readonly key: Locator;
  readonly code: Locator;
  readonly verify: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Set up your authenticator app" });
    this.qrCode = page.getByRole("img", { name: /^QR code/ }).filter({ visible: true });
    this.cantScan = page.getByText("Can't scan the QR code?");
    this.key = page.getByTestId("totp-secret").filter({ visible: true });
    this.code = page.getByLabel("6-digit code");
    this.verify = page.getByRole("button", { name: "Verify" });
  }

  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL(/\/mfa\/totp-setup\?v=/);
    await expect(this.heading).toBeVisible();
  }

  /** The key as an app needs it: the text the page shows, without the grouping spaces. */
  async readKey(): Promise<string> {
    if (!(await this.key.isVisible())) await this.cantScan.click();
    const text = (await this.key.textContent()) ?? "";
    const secret = text.replace(/\s+/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{16,32}$/);
    return secret;
  }
}

/** /mfa/backup-codes: generate, read, continue. */
export class BackupCodesPage {
  readonly heading: Locator;
  readonly lastCodeHeading: Locator;
  readonly generate: Locator;
  readonly codes: Locator;
  readonly download: Locator;
  readonly continue: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Save your backup codes" });
    this.lastCodeHeading = page.getByRole("heading", {
      level: 1,
      name: "You used your last backup code",
    });
    this.generate = page.getByRole("button", { name: /^Generate (new )?codes$/ });
    this.codes = page.getByRole("list", { name: "Your backup codes" }).getByRole("listitem");
    this.download = page.getByRole("link", { name: "Download" });
    this.continue = page.getByRole("button", { name: "Continue" });
  }

  /** Generates the set and returns the ten codes as shown. */
  async generateCodes(): Promise<string[]> {
    await expect(this.page).toHaveURL("/mfa/backup-codes");
    await this.generate.click();
    await expect(this.codes).toHaveCount(10);
    const codes = await this.codes.allTextContents();
    for (const code of codes) expect(code).toMatch(/^[a-z0-9]{5}-[a-z0-9]{5}$/);
    return codes;
  }
}

/** /mfa/passkey-setup: create, then name. */
export class PasskeySetupPage {
  readonly heading: Locator;
  readonly create: Locator;
  readonly nameHeading: Locator;
  readonly name: Locator;
  readonly continue: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Create a passkey" });
    this.create = page.getByRole("button", { name: "Create a passkey" });
    this.nameHeading = page.getByRole("heading", { level: 1, name: "Name your passkey" });
    this.name = page.getByLabel("Passkey name");
    this.continue = page.getByRole("button", { name: "Continue" });
  }
}

/** /mfa/verify: the chosen method's form and "Try another method". */
export class VerifyPage {
  readonly totpHeading: Locator;
  readonly passkeyHeading: Locator;
  readonly backupHeading: Locator;
  readonly code: Locator;
  readonly backupCode: Locator;
  readonly verify: Locator;
  readonly usePasskey: Locator;
  readonly otherMethods: Locator;

  constructor(readonly page: Page) {
    this.totpHeading = page.getByRole("heading", { level: 1, name: "Enter your code" });
    this.passkeyHeading = page.getByRole("heading", { level: 1, name: "Use your passkey" });
    this.backupHeading = page.getByRole("heading", { level: 1, name: "Enter a backup code" });
    this.code = page.getByLabel("6-digit code");
    this.backupCode = page.getByLabel("Backup code");
    this.verify = page.getByRole("button", { name: "Verify" });
    this.usePasskey = page.getByRole("button", { name: "Use your passkey" });
    this.otherMethods = page.getByRole("region", { name: "Try another method" });
  }

  /** Follows "Try another method" to `label` (e.g. "Backup code"). */
  async switchTo(label: string): Promise<void> {
    await this.otherMethods.getByRole("link", { name: new RegExp(`^${label}`) }).click();
  }
}

/**
 * From the enrollment prompt to the backup-codes page with an authenticator app: returns the
 * key the page showed. `submit: "click"` types the code and presses Verify (no JavaScript).
 */
export async function enrollAuthenticatorApp(
  page: Page,
  { submit = "auto" }: { submit?: "auto" | "click" } = {},
): Promise<string> {
  const enroll = new EnrollPage(page);
  await enroll.expectPrompt();
  await enroll.choose();
  await enroll.authenticatorApp.click();
  const setup = new TotpSetupPage(page);
  await setup.expectShown();
  await expect(setup.code).toHaveAttribute("inputmode", "numeric");
  await expect(setup.code).toHaveAttribute("autocomplete", "one-time-code");
  const secret = await setup.readKey();
  if (submit === "auto") {
    await setup.code.pressSequentially(totpCode(secret));
  } else {
    await setup.code.fill(totpCode(secret));
    await setup.verify.click();
  }
  await expect(page).toHaveURL("/mfa/backup-codes");
  return secret;
}
