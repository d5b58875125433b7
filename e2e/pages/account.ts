// Page objects for the signed-in user's pages: /account and /account/security.
import { expect, type Locator, type Page } from "@playwright/test";
import { totpCode } from "./mfa";

export class AccountPage {
  readonly heading: Locator;
  readonly signOut: Locator;
  readonly adminOnlyNotice: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Your account" });
    this.signOut = page.getByRole("button", { name: "Sign out" });
    this.adminOnlyNotice = page.getByRole("status").filter({ hasText: "Administrators only" });
  }

  /** Asserts the browser is on /account, signed in as `name` (username, or email without one). */
  async expectSignedInAs(name: string): Promise<void> {
    await expect(this.page).toHaveURL(/\/account(\?.*)?$/);
    await expect(this.heading).toBeVisible();
    await expect(
      this.page.getByText(`You're signed in as ${name}.`, { exact: true }),
    ).toBeVisible();
  }
}

/** /account/security: the factor cards, and the "Confirm it's you" dialog they may open. */
export class SecurityPage {
  readonly heading: Locator;
  readonly status: Locator;
  readonly setUpApp: Locator;
  readonly removeApp: Locator;
  readonly addPasskey: Locator;
  readonly passkeys: Locator;
  readonly passkeyName: Locator;
  readonly save: Locator;
  readonly generateCodes: Locator;
  readonly codes: Locator;
  readonly savedCodes: Locator;
  readonly dialog: Locator;
  readonly code: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Security" });
    this.status = page.getByRole("status").filter({ hasText: /./ });
    this.setUpApp = page.getByRole("button", { name: "Set up" });
    this.removeApp = page.getByRole("button", { name: "Remove the authenticator app" });
    this.addPasskey = page.getByRole("button", { name: "Add a passkey" });
    this.passkeys = page.getByRole("list", { name: "Your passkeys" }).getByRole("listitem");
    this.passkeyName = page.getByLabel("Passkey name");
    this.save = page.getByRole("button", { name: "Save" });
    this.generateCodes = page.getByRole("button", { name: /^Generate (new )?codes$/ });
    this.codes = page.getByRole("list", { name: "Your backup codes" }).getByRole("listitem");
    this.savedCodes = page.getByRole("button", { name: "I've saved them" });
    this.dialog = page.getByRole("dialog");
    this.code = page.getByLabel("6-digit code");
  }

  async goto(): Promise<void> {
    await this.page.goto("/account/security");
    await expect(this.heading).toBeVisible();
  }

  /** The card of one factor type, by its heading. */
  card(title: "Authenticator app" | "Passkeys" | "Backup codes"): Locator {
    return this.page.getByRole("region", { name: title });
  }

  /** Answers the dialog's password step. */
  async confirmPassword(password: string): Promise<void> {
    await expect(this.dialog.getByRole("heading", { name: "Confirm it's you" })).toBeVisible();
    await this.dialog.getByLabel("Password").fill(password);
    await this.dialog.getByRole("button", { name: "Continue" }).click();
  }

  /** Sets up the authenticator app from its card (already re-verified); returns its key. */
  async setUpAuthenticatorApp(): Promise<string> {
    const key = this.page.getByTestId("totp-secret").filter({ visible: true });
    if (!(await key.isVisible())) await this.page.getByText("Can't scan the QR code?").click();
    const secret = ((await key.textContent()) ?? "").replace(/\s+/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{16,32}$/);
    await this.code.pressSequentially(totpCode(secret));
    await expect(this.status).toContainText("Authenticator app added.");
    return secret;
  }

  /** Names the passkey whose name field is open. */
  async namePasskey(name: string): Promise<void> {
    await this.passkeyName.fill(name);
    await this.save.click();
    await expect(this.status).toContainText("Passkey renamed.");
  }
}
