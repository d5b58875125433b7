// GET /api/auth/signout (next-auth's sign-out URL) leads to a real "Sign out?" page: a POST-backed
// button that works without JavaScript, and a way back that keeps the session.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test, uniqueUser } from "./fixtures";
import { registerViaApi, sessionUser } from "./support/api";

const shots = path.join(import.meta.dirname, "../test-results/screenshots");

async function openSignOut(page: Page) {
  await page.goto("/api/auth/signout");
  await expect(page).toHaveURL(/\/sign-out(\?.*)?$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign out?" })).toBeVisible();
}

test("the sign-out page signs out with a POST, or leads back signed in", async ({ page }) => {
  const user = uniqueUser();
  await registerViaApi(page.request, user);
  await openSignOut(page);
  await expect(page.getByText(user.username, { exact: true })).toBeVisible();
  mkdirSync(shots, { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width > 600 ? 800 : 844 });
    await page.screenshot({ path: path.join(shots, `sign-out-${width}.png`), fullPage: true });
  }

  await page.getByRole("link", { name: "Stay signed in" }).click();
  await expect(page).toHaveURL(/\/account$/);
  expect((await sessionUser(page.request))?.username).toBe(user.username);

  await openSignOut(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/sign-in");
  expect(await sessionUser(page.request)).toBeNull();
  const session = await page.request.get("/api/auth/session");
  expect(session.headers()["cache-control"]).toBe("no-store");

  await page.goto("/api/auth/signout");
  await expect(page.getByRole("heading", { level: 1, name: "You're signed out" })).toBeVisible();
  await page.screenshot({ path: path.join(shots, "signed-out-390.png"), fullPage: true });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the sign-out button is a plain form", async ({ page }) => {
    const user = uniqueUser();
    await registerViaApi(page.request, user);
    await openSignOut(page);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL("/sign-in");
    expect(await sessionUser(page.request)).toBeNull();
  });
});
