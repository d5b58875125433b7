// Phone-sized screens: the hosted pages and the console fit the width (no sideways scrolling).
import type { Page } from "@playwright/test";
import { expect, test, uniqueUser } from "./fixtures";
import { AccountPage } from "./pages/account";
import { RegisterPage } from "./pages/register";
import { SignInPage } from "./pages/sign-in";
import { signInAsAdmin } from "./support/admin";
import { sessionUser } from "./support/api";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(innerWidth, "layout viewport is the phone's width").toBe(390);
  expect(scrollWidth, `${page.url()} is wider than the screen`).toBeLessThanOrEqual(innerWidth);
}

test("register and sign in on a phone", async ({ page }) => {
  const user = uniqueUser();
  const register = new RegisterPage(page);
  const account = new AccountPage(page);
  const signIn = new SignInPage(page);

  await register.goto();
  await expectNoHorizontalOverflow(page);
  // An error message under a field must wrap, not widen the page.
  await register.register({ ...user, password: "password123" });
  await register.expectFieldError(register.password, /^This password is too common/);
  await expectNoHorizontalOverflow(page);

  await register.password.fill(user.password);
  await register.submit.tap();
  await account.expectSignedInAs(user.username);
  await expectNoHorizontalOverflow(page);

  await account.signOut.tap();
  await expect(page).toHaveURL("/sign-in");
  await expect(signIn.heading).toBeVisible();
  await expectNoHorizontalOverflow(page);

  await signIn.signIn(user.username, `${user.password}-wrong`);
  await expect(signIn.invalidCredentials).toBeVisible();
  await expectNoHorizontalOverflow(page);

  await signIn.signIn(user.email, user.password);
  await account.expectSignedInAs(user.username);
  expect((await sessionUser(page.request))?.username).toBe(user.username);
});

test("the console on a phone: top bar navigation, visible sign-out, no sideways scrolling", async ({
  page,
}) => {
  await signInAsAdmin(page);
  for (const [link, path, heading] of [
    ["Overview", "/console", "Overview"],
    ["Users", "/console/users", "Users"],
    ["Audit log", "/console/audit-log", "Audit log"],
    ["Sign-in experience", "/console/sign-in-experience", "Sign-in experience"],
  ] as const) {
    await test.step(path, async () => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      // Only the phone bar's nav and sign-out are rendered; the sidebar is hidden.
      const nav = page.getByRole("navigation", { name: "Console" });
      await expect(nav).toHaveCount(1);
      await expect(nav.getByRole("link", { name: link })).toHaveAttribute("aria-current", "page");
      await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
      await expectNoHorizontalOverflow(page);
    });
  }
  await page.getByRole("button", { name: "Sign out" }).tap();
  await expect(page).toHaveURL("/sign-in");
  expect(await sessionUser(page.request)).toBeNull();
});
