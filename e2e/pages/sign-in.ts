// Page object for the hosted sign-in page (/sign-in).
import { expect, type Locator, type Page } from "@playwright/test";

export const INVALID_CREDENTIALS = "The username, email or password is incorrect.";

export class SignInPage {
  readonly heading: Locator;
  readonly identifier: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly createAccountLink: Locator;
  /** The form's error summary (role=alert) once it holds the invalid-credentials message. */
  readonly invalidCredentials: Locator;
  /** The "Administrator created" notice after first-admin setup. */
  readonly setupDone: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Sign in" });
    this.identifier = page.getByLabel("Username or email");
    this.password = page.getByLabel("Password", { exact: true });
    this.submit = page.getByRole("button", { name: "Sign in", exact: true });
    this.createAccountLink = page.getByRole("link", { name: "Create an account" });
    this.invalidCredentials = page.getByRole("alert").filter({ hasText: INVALID_CREDENTIALS });
    this.setupDone = page.getByRole("status").filter({ hasText: "Administrator created" });
  }

  async goto(params: Record<string, string> = {}): Promise<void> {
    const query = new URLSearchParams(params).toString();
    await this.page.goto(query ? `/sign-in?${query}` : "/sign-in");
    await expect(this.heading).toBeVisible();
  }

  /** Fills both fields and submits; the caller asserts where that leads. */
  async signIn(identifier: string, password: string): Promise<void> {
    await this.identifier.fill(identifier);
    await this.password.fill(password);
    await this.submit.click();
  }
}
