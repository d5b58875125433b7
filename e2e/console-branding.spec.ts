// Branding from the console's Branding tab: the preview follows the unsaved form, the saved
// branding is on the hosted pages (name, title, accent, dark mode, logo) and is the TOTP issuer,
// and what cannot be read or trusted (a low-contrast colour, an SVG with a script) is refused.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { expect, test, uniqueUser } from "./fixtures";
import { EnrollPage, TotpSetupPage } from "./pages/mfa";
import { RegisterPage } from "./pages/register";
import { signInAsAdmin } from "./support/admin";
import { ORIGIN } from "./support/api";
import { setBranding } from "./support/branding";
import { enableMfa, restoreMfa } from "./support/settings";

const PATH = "/console/sign-in-experience/branding";
const root = path.resolve(import.meta.dirname, "..");

// A 1×1 PNG, as a file picker would hand it over.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

test.beforeEach(async ({ playwright }) => setBranding(playwright));
test.afterAll(async ({ playwright }) => setBranding(playwright));

/** Signs in as the admin (MFA is off for them here) and opens the Branding tab. */
async function openBranding(page: Page) {
  await signInAsAdmin(page);
  await page.goto(PATH);
  await expect(page.getByRole("link", { name: "Branding", exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(page.getByRole("form", { name: "Branding settings" })).toHaveAttribute(
    "novalidate",
    "",
  );
  const pane = page.getByRole("region", { name: "Live preview" });
  return {
    name: page.getByLabel("Product name"),
    colour: page.getByLabel("Accent colour", { exact: true }),
    bar: page.getByRole("region", { name: "Save changes" }),
    frame: pane.frameLocator('iframe[title="Sign-in preview"]'),
  };
}

const background = (locator: Locator) =>
  locator.evaluate((element) => getComputedStyle(element).backgroundColor);

test("the preview follows the unsaved branding; once saved, /sign-in wears it", async ({
  page,
  browser,
}) => {
  const form = await openBranding(page);
  await form.name.fill("Acme ID");
  await form.colour.fill("#0f766e");
  await test.step("the preview changes before anything is saved", async () => {
    await expect(form.frame.getByText("Acme ID", { exact: true })).toBeVisible();
    await expect
      .poll(() => background(form.frame.getByRole("button", { name: "Sign in", exact: true })))
      .toBe("rgb(15, 118, 110)");
    const visitor = await browser.newPage();
    await visitor.goto("/sign-in");
    await expect(visitor).toHaveTitle("Sign in · Twofold");
    await visitor.close();
  });

  await page.getByRole("radio", { name: /^Dark/ }).check();
  await form.bar.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();

  const visitor = await browser.newPage();
  await visitor.goto("/sign-in");
  await expect(visitor).toHaveTitle("Sign in · Acme ID");
  await expect(visitor.getByText("Acme ID", { exact: true })).toBeVisible();
  expect(await background(visitor.getByRole("button", { name: "Sign in", exact: true }))).toBe(
    "rgb(15, 118, 110)",
  );
  // Dark: the page behind the card is dark, its heading light.
  const [page_, heading] = await Promise.all([
    background(visitor.locator(".branded")),
    visitor
      .getByRole("heading", { level: 1 })
      .evaluate((element) => getComputedStyle(element).color),
  ]);
  expect(page_).not.toBe("rgb(248, 250, 252)");
  expect(heading).not.toMatch(/^rgb\((1\d|2\d|3\d), /);
  await visitor.close();
});

test("an unreadable colour is refused in the form and by the API", async ({ page, request }) => {
  const form = await openBranding(page);
  await form.colour.fill("#ffcc00");
  await expect(page.getByText(/White text on this colour has a contrast of 1\.5:1/)).toBeVisible();
  await expect(form.colour).toHaveAttribute("aria-invalid", "true");
  await expect(form.bar).toContainText("Fix the error above to save");
  await expect(form.bar.getByRole("button", { name: "Save", exact: true })).toBeDisabled();

  const key = execFileSync(
    path.join(root, "node_modules/.bin/tsx"),
    ["scripts/cli.ts", "api-key", "create", "--name", `branding-${randomBytes(3).toString("hex")}`],
    {
      cwd: root,
      env: { ...process.env, TWOFOLD_DATA_DIR: path.join(root, "test-results/e2e-data") },
    },
  )
    .toString()
    .trim()
    .split("\n")
    .pop();
  const refused = await request.patch(`${ORIGIN}/api/sign-in-exp`, {
    headers: { Authorization: `Bearer ${key}` },
    data: { branding: { primaryColor: "#ffcc00" } },
  });
  expect(refused.status()).toBe(400);
  const body = await refused.json();
  expect(body.code).toBe("guard.invalid_input");
  expect(body.data.issues).toEqual([
    expect.objectContaining({
      path: "branding.primaryColor",
      message: expect.stringMatching(/4\.5:1/),
    }),
  ]);
});

test("an SVG with a script is refused; a PNG is stored, served by its hash and shown", async ({
  page,
  browser,
}) => {
  await openBranding(page);
  const file = page.locator('input[type="file"]');
  await file.setInputFiles({
    name: "logo.png",
    mimeType: "image/png",
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  });
  await expect(page.getByRole("alert").filter({ hasText: "SVG" })).toHaveText(
    "This SVG cannot be used: The element <script> is not allowed.",
  );
  await expect(page.getByRole("img", { name: "Current logo" })).toHaveCount(0);

  await file.setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: PNG });
  const current = page.getByRole("img", { name: "Current logo" });
  await expect(current).toHaveAttribute("src", /^\/branding\/logo-[0-9a-f]{64}\.png$/);
  const logoUrl = (await current.getAttribute("src")) ?? "";
  const served = await page.request.get(logoUrl);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/png");
  expect(served.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(served.headers()["x-content-type-options"]).toBe("nosniff");
  expect(Buffer.from(await served.body()).equals(PNG)).toBe(true);

  await page
    .getByRole("region", { name: "Save changes" })
    .getByRole("button", { name: "Save", exact: true })
    .click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  const visitor = await browser.newPage();
  await visitor.goto("/sign-in");
  await expect(visitor.locator(`img[src="${logoUrl}"]`)).toBeVisible();

  await page.getByRole("button", { name: "Remove" }).click();
  await page
    .getByRole("region", { name: "Save changes" })
    .getByRole("button", { name: "Save", exact: true })
    .click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await expect
    .poll(async () => {
      await visitor.reload();
      return visitor.locator("img[src^='/branding/']").count();
    })
    .toBe(0);
  await visitor.close();
});

test.describe("with MFA on", () => {
  test.beforeAll(async ({ playwright }) => enableMfa(playwright));
  test.afterAll(async ({ playwright }) => restoreMfa(playwright));

  test("the authenticator-app setup names the product as the issuer", async ({
    browser,
    playwright,
  }) => {
    await setBranding(playwright, {
      productName: "Acme ID",
      primaryColor: "#1d4ed8",
      darkMode: "light",
    });
    const visitor = await browser.newPage();
    const user = uniqueUser();
    const register = new RegisterPage(visitor);
    await register.goto();
    await register.register(user);
    const enroll = new EnrollPage(visitor);
    await enroll.expectPrompt();
    await enroll.choose();
    await enroll.authenticatorApp.click();
    const setup = new TotpSetupPage(visitor);
    await setup.expectShown();
    await expect(visitor.getByTestId("totp-issuer").filter({ visible: true })).toHaveText(
      "Acme ID",
    );
    // The phone layout's "Open in your authenticator app" link, hidden on a desktop.
    const href = await visitor.locator('a[href^="otpauth:"]').first().getAttribute("href");
    const uri = new URL(href ?? "");
    expect(decodeURIComponent(uri.pathname)).toBe(`/Acme ID:${user.email}`);
    expect(uri.searchParams.get("issuer")).toBe("Acme ID");
    await visitor.close();
  });
});
