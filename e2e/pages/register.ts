// Page object for the hosted registration page (/register).
import { expect, type Locator, type Page } from "@playwright/test";
import type { TestUser } from "../fixtures";

export class RegisterPage {
  readonly heading: Locator;
  readonly closedHeading: Locator;
  readonly username: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Create your account" });
    this.closedHeading = page.getByRole("heading", { level: 1, name: "Registration is closed" });
    this.username = page.getByLabel("Username", { exact: true });
    // The label rows also hold "Optional with …", outside the <label> itself.
    this.email = page.getByLabel("Email", { exact: true });
    this.password = page.getByLabel("Password", { exact: true });
    this.submit = page.getByRole("button", { name: "Create account" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/register");
    await expect(this.heading).toBeVisible();
  }

  async register(user: Partial<TestUser>): Promise<void> {
    await this.username.fill(user.username ?? "");
    await this.email.fill(user.email ?? "");
    await this.password.fill(user.password ?? "");
    await this.submit.click();
  }

  /**
   * Asserts that `field` shows `message` as its error: marked invalid, described by the
   * message (aria-describedby), and the message visible on the page.
   */
  async expectFieldError(field: Locator, message: string | RegExp): Promise<void> {
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(message);
    await expect(this.page.getByText(message)).toBeVisible();
  }
}
