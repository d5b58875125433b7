// Page object for the signed-in landing page (/account).
import { expect, type Locator, type Page } from "@playwright/test";

export class AccountPage {
  readonly heading: Locator;
  readonly signOut: Locator;
  readonly adminOnlyNotice: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "You're signed in" });
    this.signOut = page.getByRole("button", { name: "Sign out" });
    this.adminOnlyNotice = page.getByRole("status").filter({ hasText: "Administrators only" });
  }

  /** Asserts the browser is on /account, signed in as `name` (username, or email without one). */
  async expectSignedInAs(name: string): Promise<void> {
    await expect(this.page).toHaveURL(/\/account(\?.*)?$/);
    await expect(this.heading).toBeVisible();
    await expect(this.page.getByText(`Signed in as ${name}.`, { exact: true })).toBeVisible();
  }
}
