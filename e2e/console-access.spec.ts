// The admin console: who may enter, and what an admin sees and changes there.
import type { Page } from "@playwright/test";
import { expect, test, uniqueUser } from "./fixtures";
import { AccountPage } from "./pages/account";
import { RegisterPage } from "./pages/register";
import { SignInPage } from "./pages/sign-in";
import { readAdmin, signInAsAdmin } from "./support/admin";
import { ORIGIN, registerViaApi, sessionUser, tryPassword } from "./support/api";

const CONSOLE_PATHS = [
  "/console",
  "/console/users",
  "/console/audit-log",
  "/console/users/new",
  "/console/applications",
  "/console/sign-in-experience",
  "/console/sign-in-experience/mfa",
  "/console/api-docs",
  "/console/api-keys",
];

test("signed-out visitors are sent to sign in and brought back afterwards", async ({ page }) => {
  for (const path of CONSOLE_PATHS) {
    await page.goto(path);
    await expect(page).toHaveURL(`/sign-in?returnTo=${encodeURIComponent(path)}`);
    await expect(new SignInPage(page).heading).toBeVisible();
  }
  // Still on the sign-in page for the last path: an admin signing in lands there.
  const admin = readAdmin();
  await new SignInPage(page).signIn(admin.username, admin.password);
  await expect(page).toHaveURL("/console/api-keys");
  await expect(page.getByRole("heading", { level: 1, name: "API keys" })).toBeVisible();
});

test("signed-in non-admins are sent to their account page", async ({ page }) => {
  const user = uniqueUser();
  await registerViaApi(page.request, user);
  const account = new AccountPage(page);
  for (const path of CONSOLE_PATHS) {
    await test.step(path, async () => {
      await page.goto(path);
      await expect(page).toHaveURL("/account?notice=admin_only");
      await expect(account.adminOnlyNotice).toBeVisible();
      await account.expectSignedInAs(user.username);
    });
  }
  // Being turned away does not sign anyone out.
  expect((await sessionUser(page.request))?.username).toBe(user.username);
});

test("an admin finds a new user in Users and their events in the audit log", async ({
  page,
  request,
}) => {
  const user = uniqueUser();
  await registerViaApi(request, user);
  await tryPassword(request, user.username, `${user.password}-wrong`);
  await signInAsAdmin(page);

  await page.goto("/console/users");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await page.getByLabel("Search users").fill(user.username);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(`/console/users?search=${user.username}`);
  await expect(page.getByText("1 person has an account matching your search.")).toBeVisible();
  const rows = page.getByRole("row");
  await expect(rows).toHaveCount(2); // the header and the match
  const row = rows.filter({ hasText: user.username });
  await expect(row).toContainText(user.email);
  await expect(row.getByRole("cell").nth(1)).toHaveText("User");
  await expect(row.getByRole("cell").nth(3)).not.toHaveText("Never");

  await page
    .getByRole("navigation", { name: "Console" })
    .getByRole("link", { name: "Audit log" })
    .click();
  await expect(page).toHaveURL("/console/audit-log");
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  for (const type of ["user.registered", "sign_in.succeeded", "sign_in.failed"]) {
    await test.step(type, async () => {
      await page.getByLabel("Event", { exact: true }).selectOption(type);
      await page.getByRole("button", { name: "Filter" }).click();
      await expect(page).toHaveURL(new RegExp(`[?&]type=${type.replace(".", "\\.")}(&|$)`));
      const event = page
        .getByRole("table", { name: "Audit events" })
        .getByRole("row")
        .filter({ hasText: user.username });
      await expect(event).toHaveCount(1);
      await expect(event).toHaveAttribute("data-type", type);
    });
  }
});

async function setRegistration(page: Page, enabled: boolean): Promise<void> {
  await page.goto("/console/sign-in-experience");
  const toggle = page.getByRole("checkbox", { name: "Self-service registration" });
  await toggle.setChecked(enabled);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL("/console/sign-in-experience?saved=1");
  await expect(page.getByRole("status").filter({ hasText: /^Saved\./ })).toBeVisible();
  await expect(toggle).toBeChecked({ checked: enabled });
}

test("an admin turns self-service registration off and back on", async ({ page, browser }) => {
  await signInAsAdmin(page);
  // A separate, signed-out browser sees what visitors see.
  const visitor = await browser.newContext({ baseURL: ORIGIN });
  try {
    const visitorPage = await visitor.newPage();
    const register = new RegisterPage(visitorPage);
    const signIn = new SignInPage(visitorPage);
    try {
      await setRegistration(page, false);

      await visitorPage.goto("/register");
      await expect(register.closedHeading).toBeVisible();
      await expect(register.submit).toHaveCount(0);
      await signIn.goto();
      await expect(signIn.createAccountLink).toHaveCount(0);
      // The API refuses too, not just the page.
      const started = await visitor.request.put("/api/experience", {
        headers: { Origin: ORIGIN },
        data: { event: "Register" },
      });
      expect(started.status()).toBe(403);
      expect((await started.json()).code).toBe("session.registration_disabled");
    } finally {
      await setRegistration(page, true);
    }

    await register.goto();
    await signIn.goto();
    await expect(signIn.createAccountLink).toBeVisible();
  } finally {
    await visitor.close();
  }
});
