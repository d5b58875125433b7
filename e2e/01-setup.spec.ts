// First-admin setup through the one-time link the server printed. Runs first (file order): the
// admin it creates is saved to test-results/e2e-admin.json for the specs that need one.
import { randomBytes } from "node:crypto";
import { expect, readSetupUrl, test, uniqueUser } from "./fixtures";
import { SignInPage } from "./pages/sign-in";
import { forgetAdmin, saveAdmin } from "./support/admin";
import { sessionUser } from "./support/api";

test("the setup link creates the first administrator, who signs in to the console", async ({
  page,
}) => {
  forgetAdmin();
  const setupUrl = readSetupUrl();
  const admin = {
    username: `admin-${randomBytes(3).toString("hex")}`,
    email: uniqueUser().email,
    password: `${randomBytes(18).toString("base64url")}-Setup`,
  };

  await test.step("a made-up token is refused", async () => {
    await page.goto(`/console/setup?token=${randomBytes(32).toString("base64url")}`);
    await expect(
      page.getByRole("heading", { level: 1, name: "Setup link not valid" }),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Create administrator" })).toHaveCount(0);
  });

  await page.goto(setupUrl);
  await expect(
    page.getByRole("heading", { level: 1, name: "Create the first administrator" }),
  ).toBeVisible();
  const username = page.getByLabel("Admin username");
  await expect(username).toHaveValue("admin");
  await username.fill(admin.username);
  await page.getByLabel("Email", { exact: true }).fill(admin.email);
  await page.getByLabel("Password", { exact: true }).fill(admin.password);
  await page.getByRole("button", { name: "Create administrator" }).click();

  const signIn = new SignInPage(page);
  await expect(page).toHaveURL(
    `/sign-in?setup=done&returnTo=%2Fconsole&username=${encodeURIComponent(admin.username)}`,
  );
  await expect(signIn.setupDone).toBeVisible();
  await expect(signIn.identifier).toHaveValue(admin.username);
  saveAdmin(admin);

  await signIn.password.fill(admin.password);
  await signIn.submit.click();
  await expect(page).toHaveURL("/console");
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  // A stat card: the label <p> sits in a header row, the value is the next <p> after that row.
  const usersCount = page
    .getByRole("main")
    .locator("p", { hasText: /^Users$/ })
    .locator("xpath=../following-sibling::p[1]");
  await expect(usersCount).toHaveText(/^\d+$/);
  expect(Number(await usersCount.textContent())).toBeGreaterThanOrEqual(1);
  for (const label of ["Users with MFA", "Sign-ins, last 24 h"]) {
    await expect(page.getByRole("main").getByText(label, { exact: true })).toBeVisible();
  }
  const nav = page.getByRole("navigation", { name: "Console" });
  for (const link of ["Overview", "Sign-in experience", "Users", "Audit log", "API keys"]) {
    await expect(nav.getByRole("link", { name: link })).toBeVisible();
  }
  await expect(nav.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");

  const session = await sessionUser(page.request);
  expect(session).toMatchObject({
    username: admin.username,
    primaryEmail: admin.email,
    role: "admin",
  });

  // The link works once: with an admin in place it only points to sign-in.
  await page.goto(setupUrl);
  await expect(page.getByRole("heading", { level: 1, name: "Twofold is set up" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Create administrator" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Sign in to the console" })).toHaveAttribute(
    "href",
    "/sign-in?returnTo=%2Fconsole",
  );
});
