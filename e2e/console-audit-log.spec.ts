// The console's audit log: readable labels and outcomes, the actor beside the affected user,
// filters that pagination keeps, and a CSV export of the filtered view with formula cells
// neutralised.
import { readFileSync } from "node:fs";
import { expect, test, uniqueUser } from "./fixtures";
import { readAdmin, signInAsAdmin } from "./support/admin";
import { ORIGIN, registerViaApi, type SessionUser, tryPassword } from "./support/api";

// A user agent a spreadsheet would run as a formula if it were written as it is.
const HOSTILE_AGENT = '=HYPERLINK("http://evil.example/","Click me")';
const FAILURES = 51;

let user: SessionUser;

test.beforeAll(async ({ playwright }) => {
  const request = await playwright.request.newContext({
    baseURL: ORIGIN,
    userAgent: HOSTILE_AGENT,
  });
  try {
    user = await registerViaApi(request, uniqueUser());
    // One more than a page of 50, so the filtered view has two pages.
    for (let i = 0; i < FAILURES; i++) {
      const attempt = await tryPassword(request, user.username ?? "", `wrong-password-${i}`);
      expect(attempt.status).toBe(422);
    }
  } finally {
    await request.dispose();
  }
});

test("events have labels, outcomes and the actor beside the user", async ({ page }) => {
  const admin = readAdmin();
  await signInAsAdmin(page);
  await page.goto(`/console/users/${user.id}`);
  await page.getByRole("switch", { name: "Require MFA for this user" }).click();
  await expect(page.getByRole("status").filter({ hasText: "MFA is now required" })).toBeVisible();

  await page.goto("/console/audit-log");
  await page.getByLabel("User", { exact: true }).fill(user.username ?? "");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`user=${user.username}`));
  const table = page.getByRole("table", { name: "Audit events" });
  const changed = table.getByRole("row").filter({ hasText: "MFA requirement changed" });
  await expect(changed).toHaveCount(1);
  await expect(changed.locator('[data-column="actor"]')).toHaveText(admin.username);
  await expect(changed.locator('[data-column="user"]')).toHaveText(user.username ?? "");
  await expect(changed.locator('[data-column="outcome"]')).toHaveText("Admin change");
  await expect(changed.getByText("Required", { exact: true })).toBeVisible();

  const failed = table.getByRole("row").filter({ hasText: "Sign-in failed" }).first();
  await expect(failed.locator('[data-column="outcome"]')).toHaveText("Failure");
  await expect(failed.getByText("Wrong password or unknown account")).toBeVisible();
  await expect(failed.locator('[data-column="actor"]')).toHaveText(user.username ?? "");

  // The registration is older than a page of failures: the Success filter brings it up.
  await page.getByLabel("Outcome").selectOption({ label: "Success" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/outcome=success/);
  const registered = table.getByRole("row").filter({ hasText: "Registered" });
  await expect(registered.locator('[data-column="outcome"]')).toHaveText("Success");
  const signedIn = table.getByRole("row").filter({ hasText: "Signed in" });
  await expect(signedIn.getByText("Password only")).toBeVisible();
  await expect(table.getByRole("row").filter({ hasText: "Sign-in failed" })).toHaveCount(0);
});

test("filters survive pagination, and the CSV export is the filtered view", async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto("/console/audit-log");
  await page.getByLabel("Outcome").selectOption({ label: "Failure" });
  await page.getByLabel("User", { exact: true }).fill(user.username ?? "");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText(`${FAILURES} events match these filters`)).toBeVisible();
  const rows = page.getByRole("table", { name: "Audit events" }).locator("tbody tr");
  await expect(rows).toHaveCount(50);

  await page
    .getByRole("navigation", { name: "Pagination" })
    .getByRole("link", { name: "Next" })
    .click();
  await expect(page).toHaveURL(/page=2/);
  const url = new URL(page.url());
  expect(url.searchParams.get("outcome")).toBe("failure");
  expect(url.searchParams.get("user")).toBe(user.username);
  await expect(rows).toHaveCount(1);
  await expect(page.getByLabel("Outcome")).toHaveValue("failure");
  await expect(page.getByLabel("User", { exact: true })).toHaveValue(user.username ?? "");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Export CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d\d-\d\d\.csv$/);
  const csv = readFileSync((await download.path()) ?? "", "utf8");
  const lines = csv.split("\r\n").filter(Boolean);
  expect(lines[0]).toBe("Time (UTC),Event,Type,Outcome,Actor,User,IP,User agent,Details");
  expect(lines).toHaveLength(FAILURES + 1);
  for (const line of lines.slice(1)) {
    expect(line).toContain(",Sign-in failed,sign_in.failed,Failure,");
    // The formula is quoted (it holds commas and quotes) and starts with an apostrophe.
    expect(line).toContain(`"'=HYPERLINK(""http://evil.example/"",""Click me"")"`);
  }
});

test("the export needs an admin session", async ({ playwright }) => {
  const request = await playwright.request.newContext({ baseURL: ORIGIN });
  try {
    const anonymous = await request.get("/api/console/audit-log/export");
    expect(anonymous.status()).toBe(401);
    await registerViaApi(request, uniqueUser());
    const member = await request.get("/api/console/audit-log/export");
    expect(member.status()).toBe(403);
    expect((await member.json()).code).toBe("auth.forbidden");
  } finally {
    await request.dispose();
  }
});
