// The console's Users section: search, create a user who then signs in, a user's details with
// "Sign out everywhere", the "Require MFA" switch, deleting a user, and the role re-check on
// every form. Factor removal, reset and unlock: e2e/console-users-mfa.spec.ts and
// tests/console/users-*.test.ts.
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect, test, uniqueUser } from "./fixtures";
import { AccountPage } from "./pages/account";
import { SignInPage } from "./pages/sign-in";
import { readAdmin, signInAsAdmin } from "./support/admin";
import { ORIGIN, registerViaApi, type SessionUser, sessionUser } from "./support/api";

/** A separate browser (its own cookies), for the user the admin is managing. */
async function otherBrowser(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ baseURL: ORIGIN });
}

async function searchUsers(page: Page, term: string): Promise<void> {
  await page.goto("/console/users");
  await page.getByLabel("Search users").fill(term);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(`/console/users?${new URLSearchParams({ search: term })}`);
}

async function openDetails(page: Page, user: SessionUser): Promise<void> {
  await page.goto(`/console/users/${user.id}`);
  await expect(
    page.getByRole("heading", { level: 1, name: user.username ?? user.primaryEmail ?? "" }),
  ).toBeVisible();
}

/** A registered user, signed in in a browser of their own (closed by the caller). */
async function signedInUser(browser: Browser) {
  const context = await otherBrowser(browser);
  const input = uniqueUser();
  const user = await registerViaApi(context.request, input);
  return { context, input, user };
}

test("an admin searches users and opens one from the list", async ({ page, browser }) => {
  const { context, input, user } = await signedInUser(browser);
  try {
    await signInAsAdmin(page);
    await searchUsers(page, input.username.slice(0, 8));
    const row = page.getByRole("row").filter({ hasText: input.username });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(input.email);
    await expect(row.getByRole("cell").nth(4)).toHaveText(/None/); // the MFA column

    await searchUsers(page, "no-such-user-anywhere");
    await expect(page.getByRole("heading", { name: "No users match" })).toBeVisible();
    await page.getByRole("link", { name: "Clear search" }).click();
    await expect(page).toHaveURL("/console/users");

    await searchUsers(page, input.email);
    await page.getByRole("link", { name: input.username, exact: true }).click();
    await expect(page).toHaveURL(`/console/users/${user.id}`);
    await expect(page.getByRole("heading", { level: 1, name: input.username })).toBeVisible();
    await expect(page.getByRole("table", { name: "Sessions" }).getByRole("row")).toHaveCount(2);
    await expect(page.getByText("No second factor yet")).toBeVisible();

    await page.goto("/console/users/no-such-id");
    await expect(page.getByText(/could not be found|404/i).first()).toBeVisible();
  } finally {
    await context.close();
  }
});

test("an admin creates a user with a password, who then signs in", async ({ page, browser }) => {
  const input = uniqueUser();
  const name = `Created ${input.username}`;
  await signInAsAdmin(page);
  await page.goto("/console/users");
  await page.getByRole("link", { name: "Create user" }).click();
  await expect(page).toHaveURL("/console/users/new");
  await expect(page.getByRole("heading", { level: 1, name: "Create user" })).toBeVisible();

  const username = page.getByLabel("Username", { exact: true });
  const password = page.getByLabel("Initial password");
  const submit = page.getByRole("button", { name: "Create user" });

  await test.step("errors appear under their field", async () => {
    await submit.click();
    await expect(username).toHaveAttribute("aria-invalid", "true");
    await expect(username).toHaveAccessibleDescription("Enter a username, an email, or both.");

    await username.fill(input.username);
    await page.getByLabel("Email", { exact: true }).fill(input.email);
    await page.getByLabel("Name", { exact: true }).fill(name);
    await password.fill("password123");
    await submit.click();
    await expect(password).toHaveAccessibleDescription(/^This password is too common/);
    await expect(username).toHaveValue(input.username);
    await expect(password).toHaveValue("");
  });

  await password.fill(input.password);
  await submit.click();
  await expect(page).toHaveURL(/\/console\/users\/[^/?]+\?notice=created$/);
  await expect(page.getByRole("status").filter({ hasText: "User created." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: input.username })).toBeVisible();
  await expect(page.getByText(`${name} · ${input.email}`)).toBeVisible();

  await searchUsers(page, name);
  await expect(page.getByRole("row").filter({ hasText: input.username })).toHaveCount(1);

  const theirs = await otherBrowser(browser);
  try {
    const theirPage = await theirs.newPage();
    const signIn = new SignInPage(theirPage);
    await signIn.goto();
    await signIn.signIn(input.username, input.password);
    await new AccountPage(theirPage).expectSignedInAs(input.username);
  } finally {
    await theirs.close();
  }
});

test("Sign out everywhere ends the user's session in their browser", async ({ page, browser }) => {
  const { context, user } = await signedInUser(browser);
  try {
    expect((await sessionUser(context.request))?.id).toBe(user.id);
    await signInAsAdmin(page);
    await openDetails(page, user);
    const sessions = page.getByRole("table", { name: "Sessions" });
    await expect(sessions.getByRole("row")).toHaveCount(2); // header + their session

    await page.getByRole("link", { name: "Sign out everywhere" }).click();
    const confirm = page.getByRole("region", { name: "Sign this user out of 1 session?" });
    await expect(confirm).toBeVisible();
    await expect(confirm).toBeFocused();
    await confirm.getByRole("button", { name: "Sign out everywhere" }).click();

    await expect(
      page.getByRole("status").filter({ hasText: "Signed out of 1 session." }),
    ).toBeVisible();
    await expect(page.getByText("Not signed in anywhere right now.")).toBeVisible();
    const response = await context.request.get("/api/auth/session");
    expect(await response.json()).toEqual({});
  } finally {
    await context.close();
  }
});

test("Require MFA for this user is a switch that persists", async ({ page, browser }) => {
  const { context, input, user } = await signedInUser(browser);
  await context.close();
  await signInAsAdmin(page);
  await openDetails(page, user);
  const toggle = page.getByRole("switch", { name: "Require MFA for this user" });
  await expect(toggle).toHaveAttribute("aria-checked", "false");

  await toggle.click();
  await expect(
    page.getByRole("status").filter({ hasText: "MFA is now required for this user." }),
  ).toBeVisible();
  await expect(toggle).toHaveAttribute("aria-checked", "true");
  await page.reload();
  await expect(toggle).toHaveAttribute("aria-checked", "true");

  await searchUsers(page, input.username);
  const row = page.getByRole("row").filter({ hasText: input.username });
  await expect(row.getByRole("cell").nth(4)).toHaveText("Required");

  await openDetails(page, user);
  await toggle.focus();
  await page.keyboard.press("Space");
  await expect(page.getByRole("status").filter({ hasText: "no longer required" })).toBeVisible();
  await expect(toggle).toHaveAttribute("aria-checked", "false");
});

test("an admin deletes a user after typing their username", async ({ page, browser }) => {
  const { context, input, user } = await signedInUser(browser);
  try {
    await signInAsAdmin(page);
    await openDetails(page, user);
    await page.getByRole("link", { name: "Delete user" }).click();
    const confirm = page.getByRole("region", { name: `Delete ${input.username} for good?` });
    await expect(confirm).toBeVisible();
    const typed = confirm.getByLabel(`Type ${input.username} to confirm`);
    const submit = confirm.getByRole("button", { name: "Delete user" });

    // The browser holds the form back until the username matches.
    await typed.fill(`${input.username}x`);
    await submit.click();
    await expect(page).toHaveURL(/confirm=delete/);
    expect(await typed.evaluate((el: HTMLInputElement) => el.validity.valid)).toBe(false);

    await typed.fill(input.username);
    await submit.click();
    await expect(page).toHaveURL("/console/users?notice=deleted");
    await expect(page.getByRole("status").filter({ hasText: "User deleted." })).toBeVisible();

    await searchUsers(page, input.username);
    await expect(page.getByRole("heading", { name: "No users match" })).toBeVisible();
    expect(await (await context.request.get("/api/auth/session")).json()).toEqual({});

    await page.goto("/console/audit-log?type=user.deleted");
    await expect(page.getByRole("row").filter({ hasText: "deleted user" }).first()).toBeVisible();
  } finally {
    await context.close();
  }
});

test("a form submitted after the admin signed out changes nothing", async ({ page, browser }) => {
  const { context, user } = await signedInUser(browser);
  await context.close();
  await signInAsAdmin(page);
  await openDetails(page, user);
  const toggle = page.getByRole("switch", { name: "Require MFA for this user" });
  await expect(toggle).toHaveAttribute("aria-checked", "false");

  // Sign out in another tab of the same browser; this tab still shows the form.
  const other = await page.context().newPage();
  await other.goto("/console");
  await other.getByRole("button", { name: "Sign out" }).first().click();
  await expect(other).toHaveURL(/\/sign-in/);
  expect(await sessionUser(page.request)).toBeNull();

  await toggle.click();
  await expect(page).toHaveURL(/\/sign-in\?returnTo=/);

  const admin = readAdmin();
  await new SignInPage(page).signIn(admin.username, admin.password);
  await expect(page).toHaveURL(/\/console/);
  await openDetails(page, user);
  await expect(toggle).toHaveAttribute("aria-checked", "false");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("create a user, require MFA, sign them out and delete them", async ({ page }) => {
    const input = uniqueUser();
    await signInAsAdmin(page);
    await page.goto("/console/users/new");
    const username = page.getByLabel("Username", { exact: true });
    await username.fill(input.username);
    await page.getByLabel("Initial password").fill("short");
    await page.getByRole("button", { name: "Create user" }).click();
    await expect(page.getByLabel("Initial password")).toHaveAccessibleDescription(
      "Use at least 8 characters.",
    );
    await expect(username).toHaveValue(input.username);
    await page.getByLabel("Initial password").fill(input.password);
    await page.getByRole("button", { name: "Create user" }).click();
    await expect(page).toHaveURL(/\/console\/users\/[^/?]+\?notice=created$/);
    const details = page.url().replace(/\?.*$/, "");

    await page.getByRole("switch", { name: "Require MFA for this user" }).click();
    await expect(page.getByRole("switch", { name: "Require MFA for this user" })).toHaveAttribute(
      "aria-checked",
      "true",
    );

    await page.goto(details);
    await page.getByRole("link", { name: "Delete user" }).click();
    await expect(page).toHaveURL(`${details}?confirm=delete#danger-zone`);
    const confirm = page.getByRole("region", { name: `Delete ${input.username} for good?` });
    await confirm.getByLabel(`Type ${input.username} to confirm`).fill(input.username);
    await confirm.getByRole("button", { name: "Delete user" }).click();
    // A redirect without a fragment keeps the page's (#danger-zone): harmless on the list.
    await expect(page).toHaveURL(/\/console\/users\?notice=deleted(#danger-zone)?$/);
    await page.goto(details);
    await expect(page.getByText(/could not be found|404/i).first()).toBeVisible();
  });
});
