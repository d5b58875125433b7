// The console overview: server-drawn charts whose bars and tables follow real sign-ins and
// failures, the accessible table behind each chart, and next steps that follow the real state.
import type { Locator, Page } from "@playwright/test";
import { expect, test, uniqueUser } from "./fixtures";
import { signInAsAdmin } from "./support/admin";
import { ORIGIN, registerViaApi, signInViaApi, tryPassword } from "./support/api";

const today = new Date().toISOString().slice(0, 10);
const todayLabel = new Intl.DateTimeFormat("en", {
  month: "short",
  day: "numeric",
  timeZone: "UTC",
}).format(new Date());

const chart = (page: Page, name: string) => page.getByRole("figure", { name });

/** Today's row of a chart's table, by column header: opens "Show table" first. */
async function todayRow(figure: Locator): Promise<Record<string, string>> {
  const summary = figure.getByText("Show table");
  if (await summary.isVisible()) await summary.click();
  const table = figure.getByRole("table");
  await expect(table).toBeVisible();
  const headers = await table.getByRole("columnheader").allTextContents();
  const row = table
    .getByRole("row")
    .filter({ has: figure.page().locator(`time[datetime="${today}"]`) });
  const cells = [
    await row.getByRole("rowheader").textContent(),
    ...(await row.getByRole("cell").allTextContents()),
  ];
  return Object.fromEntries(headers.map((h, i) => [h.trim(), (cells[i] ?? "").trim()]));
}

test("the charts count real sign-ins by method, and failures, per UTC day", async ({
  page,
  playwright,
}) => {
  await signInAsAdmin(page);
  await page.goto("/console");
  const signIns = chart(page, "Sign-ins");
  const failures = chart(page, "Failures and lockouts");
  await expect(signIns.getByRole("img")).toHaveAttribute("aria-label", /Bar chart/);
  const before = await todayRow(signIns);
  expect(before.Day).toBe(todayLabel);
  const failedBefore = Number((await todayRow(failures))["Failed attempts"]);

  const request = await playwright.request.newContext({ baseURL: ORIGIN });
  try {
    const user = uniqueUser();
    await registerViaApi(request, user); // the registration signs in: one
    await signInViaApi(request, user.username, user.password);
    await signInViaApi(request, user.email, user.password);
    expect((await tryPassword(request, user.username, "not-the-password")).status).toBe(422);
  } finally {
    await request.dispose();
  }

  await page.reload();
  const after = await todayRow(signIns);
  expect(Number(after["Password only"])).toBe(Number(before["Password only"]) + 3);
  expect(Number(after.Total)).toBe(Number(before.Total) + 3);
  expect(Number((await todayRow(failures))["Failed attempts"])).toBe(failedBefore + 1);

  // The bar for today is the table's number, drawn as SVG on the server.
  const bar = signIns.locator(`svg g[data-day="${today}"] rect[data-series="password"]`);
  await expect(bar).toHaveAttribute("data-value", after["Password only"] ?? "");
  await expect(signIns.locator("svg g[data-day]")).toHaveCount(30);
  await expect(signIns.getByRole("listitem")).toHaveText([
    "Password only",
    "Authenticator app",
    "Passkey",
    "Backup code",
    "Remembered device",
  ]);
  await expect(signIns.getByText("Today", { exact: true })).toBeVisible();

  // Adoption: active users include the ones who just signed in; none of them has a factor.
  const adoption = await todayRow(chart(page, "MFA adoption"));
  expect(Number(adoption.Active)).toBeGreaterThanOrEqual(2);
  expect(adoption["With an authenticator"]).toMatch(/^\d+%$/);
});

test("next steps follow the real state and link to where each is done", async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto("/console");
  const steps = page.getByRole("region", { name: "Next steps" });
  // MFA is off and the admin has no second factor in the e2e run.
  await expect(steps.getByRole("link", { name: "Set up MFA" })).toHaveAttribute(
    "href",
    "/console/sign-in-experience/mfa",
  );
  await expect(steps.getByRole("link", { name: "Add a second factor" })).toHaveAttribute(
    "href",
    "/account/security",
  );
  await steps.getByRole("link", { name: "Set up MFA" }).click();
  await expect(page).toHaveURL("/console/sign-in-experience/mfa");
});

test("the charts stay readable on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAsAdmin(page);
  await page.goto("/console");
  for (const name of ["Sign-ins", "MFA adoption", "Failures and lockouts"]) {
    const figure = chart(page, name);
    await figure.scrollIntoViewIfNeeded();
    const box = await figure.boundingBox();
    expect(box?.width ?? 0, name).toBeLessThanOrEqual(390);
    expect(box?.width ?? 0, name).toBeGreaterThan(300);
  }
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(390);
});
