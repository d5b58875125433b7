// The console's live preview (/preview/<screen>): it draws the hosted screens from sample data
// and the settings in its URL, on the server; it runs no script, and never writes, never calls
// the experience API and never sets a cookie. (console-mfa-preview.spec.ts drives it framed.)
import { encodeSettings, type PreviewSettings } from "../lib/preview/protocol";
import { SCREENS } from "../lib/preview/screens";
import { expect, test } from "./fixtures";

const ALL: PreviewSettings = {
  factors: ["Totp", "WebAuthn", "BackupCode"],
  policy: "PromptAtSignInAndSignUp",
};
const url = (screen: string, settings: PreviewSettings = ALL) =>
  `/preview/${screen}?settings=${encodeSettings(settings)}`;
test("a preview screen renders the sample data and follows the settings in its URL", async ({
  page,
}) => {
  const response = await page.goto(url("enroll-prompt"));
  expect(response?.headers()["x-frame-options"]).toBe("SAMEORIGIN");
  expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors 'self'");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(
    page.getByRole("heading", { level: 1, name: /Turn on 2-step verification/ }),
  ).toBeVisible();
  await expect(page.getByText("alex@example.com")).toBeVisible();
  await expect(page.getByRole("button", { name: "Skip for now" })).toBeVisible();

  await page.goto(url("enroll-prompt", { ...ALL, policy: "Mandatory" }));
  await expect(page.getByRole("link", { name: "Turn on" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Skip for now" })).toHaveCount(0);

  await page.goto(url("verify-totp", { factors: ["Totp", "BackupCode"], policy: "Mandatory" }));
  await expect(page.getByRole("heading", { name: "Try another method" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Backup code/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Passkey/ })).toHaveCount(0);

  await page.goto(url("passkey-setup", { factors: ["Totp"], policy: "NoPrompt" }));
  await expect(page.getByText("This screen is not shown while Passkeys are off.")).toBeVisible();

  await page.goto(url("totp-setup"));
  await expect(page.getByRole("img", { name: /QR code to add alex@example.com/ })).toBeVisible();

  await page.goto(url("lockout"));
  await expect(page.getByText("You can try again in 12 minutes.")).toBeVisible();
});

test("the preview page fetches and runs no script, wherever it is opened", async ({ page }) => {
  const scripts: string[] = [];
  // The page still names Next's chunks; its policy blocks them before any byte is fetched.
  page.on("requestfinished", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  for (const screen of SCREENS) {
    const response = await page.goto(url(screen, { ...ALL, passkeySignIn: true }));
    const policy = response?.headers()["content-security-policy"] ?? "";
    expect(policy).toContain("script-src 'none'");
    expect(policy).toContain("form-action 'none'");
    expect(policy).toContain("frame-ancestors 'self'");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  expect(scripts).toEqual([]);
  // The hosted pages keep their own policy, scripts included.
  const signIn = await page.goto("/sign-in", { waitUntil: "networkidle" });
  expect(signIn?.headers()["content-security-policy"]).toContain("script-src 'self'");
  expect(scripts.length).toBeGreaterThan(0);
});

test("nothing in the preview writes, calls the experience API or sets a cookie", async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const offending: string[] = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (
      request.method() !== "GET" ||
      request.headers()["next-action"] ||
      path.startsWith("/api/experience")
    ) {
      offending.push(`${request.method()} ${path}`);
    }
  });

  for (const screen of SCREENS) {
    await page.goto(url(screen));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const controls = page.locator("main").locator("button:visible, summary:visible");
    const count = await controls.count();
    // One control per load: after a stopped post the page waits for a navigation that never comes.
    for (let i = 0; i < count; i++) {
      if (i > 0) await page.goto(url(screen));
      for (const field of await page.locator("main input:visible").all()) {
        if ((await field.getAttribute("type")) !== "checkbox") await field.fill("123456");
      }
      const control = controls.nth(i);
      const name = `${screen}: ${await control.textContent()}`;
      const posts = await control.evaluate(
        (el) => el instanceof HTMLButtonElement && el.type === "submit" && el.form !== null,
      );
      const stopped = posts
        ? page.evaluate(
            () =>
              new Promise<string>((resolve) => {
                document.addEventListener("securitypolicyviolation", (e) =>
                  resolve(e.effectiveDirective),
                );
              }),
          )
        : null;
      await control.click({ timeout: 5000, noWaitAfter: true });
      if (stopped) expect(await stopped, name).toBe("form-action");
      expect(new URL(page.url()).pathname, name).toBe(`/preview/${screen}`);
    }
  }
  expect(offending).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});
