// The console's live preview (/preview/<screen>): it draws the hosted screens from sample data,
// follows settings posted only by the console window framing it, and never writes, never calls
// the experience API and never sets a cookie.
import type { Frame, Page } from "@playwright/test";
import { encodeSettings, type PreviewSettings } from "../lib/preview/protocol";
import { SCREENS } from "../lib/preview/screens";
import { expect, test } from "./fixtures";

const ALL: PreviewSettings = {
  factors: ["Totp", "WebAuthn", "BackupCode"],
  policy: "PromptAtSignInAndSignUp",
};
const url = (screen: string, settings: PreviewSettings = ALL) =>
  `/preview/${screen}?settings=${encodeSettings(settings)}`;
const message = (settings: PreviewSettings, source = "twofold-console") => ({
  source,
  type: "settings",
  settings,
});

/** Opens a preview page as the "console", frames `src` in it, and returns the frame. */
async function framed(page: Page, src: string): Promise<Frame> {
  await page.goto(url("sign-in"));
  const attached = page.waitForEvent("framenavigated", (f) => f.name() === "preview");
  await page.evaluate((s) => {
    const iframe = document.createElement("iframe");
    iframe.name = "preview";
    iframe.src = s;
    iframe.style.cssText = "position:fixed;inset:0;width:100%;height:100%;border:0;z-index:9";
    document.body.append(iframe);
  }, src);
  const frame = await attached;
  await frame.waitForLoadState("load");
  await expect(frame.getByRole("heading", { level: 1 })).toBeVisible();
  return frame;
}

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

/** Resolves once the frame has handled every message posted before now and React has drawn. */
async function settled(page: Page, frame: Frame, origin: string) {
  await frame.evaluate(() => {
    const w = window as Window & { barrier?: Promise<void> };
    w.barrier = new Promise((resolve) =>
      window.addEventListener("message", (e) => e.data === "barrier" && resolve()),
    );
  });
  await page.evaluate((o) => frames[0]?.postMessage("barrier", o), origin);
  await frame.evaluate(async () => {
    await (window as Window & { barrier?: Promise<void> }).barrier;
    for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
  });
}

test("the framed preview follows the console's messages and ignores everyone else's", async ({
  page,
  context,
}) => {
  const frame = await framed(page, url("enroll-prompt"));
  const skip = frame.getByRole("button", { name: "Skip for now" });
  await expect(skip).toBeVisible();
  const origin = new URL(page.url()).origin;
  const mandatory = message({ ...ALL, policy: "Mandatory" });
  const post = (m: unknown) =>
    page.evaluate(([msg, o]) => frames[0]?.postMessage(msg, o), [m, origin] as const);

  await test.step("a message with a wrong tag or invalid settings changes nothing", async () => {
    await post({ ...mandatory, source: "twofold-preview" });
    await post({ ...mandatory, source: "Twofold-Console" });
    await post({ ...mandatory, settings: { factors: ["Sms"], policy: "Mandatory" } });
    await post({ ...mandatory, type: "reset" });
    await settled(page, frame, origin);
    await expect(skip).toBeVisible();
  });

  await test.step("a message from a window that is not the parent changes nothing", async () => {
    const [popup] = await Promise.all([
      context.waitForEvent("page"),
      page.evaluate((s) => {
        window.open(s, "stranger");
      }, url("sign-in")),
    ]);
    await popup.waitForLoadState("load");
    const delivered = await popup.evaluate(
      ([m, o]) => {
        const target = (window.opener as Window | null)?.frames[0];
        target?.postMessage(m, o);
        return Boolean(target);
      },
      [mandatory, origin] as const,
    );
    expect(delivered).toBe(true);
    await popup.close();
    await settled(page, frame, origin);
    await expect(skip).toBeVisible();
  });

  await test.step("the framing window switching to Mandatory removes Skip for now", async () => {
    await post(mandatory);
    await expect(skip).toHaveCount(0);
    await expect(frame.getByRole("link", { name: "Turn on" })).toBeVisible();
  });

  await test.step("turning passkeys off removes them from Try another method", async () => {
    await frame.goto(url("try-another-method"));
    await expect(
      frame.getByRole("heading", { level: 1, name: "Try another method" }),
    ).toBeVisible();
    await expect(frame.getByRole("link", { name: /Passkey/ })).toBeVisible();
    await post(message({ factors: ["Totp", "BackupCode"], policy: "NoPrompt" }));
    await expect(frame.getByRole("link", { name: /Passkey/ })).toHaveCount(0);
    await expect(
      frame.getByRole("heading", { level: 1, name: "Try another method" }),
    ).toBeVisible();
    await expect(frame.getByRole("link", { name: /Authenticator app/ })).toBeVisible();
    await expect(frame.getByRole("link", { name: /Backup code/ })).toBeVisible();
  });
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
    // Generating backup codes reveals more buttons: click until nothing new appears.
    const clicked = new Set<string>();
    for (let round = 0; round < 3; round++) {
      const controls = page.locator("main").locator("button:visible, a:visible, summary:visible");
      const count = await controls.count();
      for (let i = 0; i < count; i++) {
        const control = controls.nth(i);
        const name = `${i}:${(await control.textContent())?.trim()}`;
        if (clicked.has(name)) continue;
        clicked.add(name);
        await control.click({ timeout: 5000 });
      }
    }
    // Still on the same screen: no link led anywhere.
    expect(new URL(page.url()).pathname).toBe(`/preview/${screen}`);
  }
  await page.goto(url("backup-codes"));
  await page.getByRole("button", { name: "Generate codes" }).click();
  await expect(
    page.getByRole("list", { name: "Your backup codes" }).getByRole("listitem"),
  ).toHaveCount(10);
  await page.getByRole("button", { name: "Continue" }).click();

  expect(offending).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});
