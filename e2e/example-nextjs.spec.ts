// examples/nextjs end to end: registered through the Management API, started on its own port
// (127.0.0.1, so its next-auth cookies stay apart from Twofold's on localhost), and signed in to
// through Twofold's hosted pages.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { expect, test, uniqueUser } from "./fixtures";
import { SignInPage } from "./pages/sign-in";
import { ORIGIN, registerViaApi } from "./support/api";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.TWOFOLD_E2E_PORT ?? 3210) + 5;
const exampleUrl = `http://127.0.0.1:${port}`;
let example: ChildProcess | undefined;

function apiKey(): string {
  const out = execFileSync(
    path.join(root, "node_modules/.bin/tsx"),
    ["scripts/cli.ts", "api-key", "create", "--name", `example-${randomBytes(3).toString("hex")}`],
    {
      cwd: root,
      env: { ...process.env, TWOFOLD_DATA_DIR: path.join(root, "test-results/e2e-data") },
    },
  );
  return out.toString().trim().split("\n").pop() ?? "";
}

test.afterAll(() => {
  if (example?.pid) process.kill(-example.pid, "SIGTERM");
});

test("the next-auth example signs in through Twofold", async ({ page, playwright }) => {
  test.setTimeout(240_000);
  const api = await playwright.request.newContext({ baseURL: ORIGIN });
  const created = await api.post("/api/applications", {
    headers: { authorization: `Bearer ${apiKey()}` },
    data: {
      name: "Next.js example",
      type: "Traditional",
      oidcClientMetadata: { redirectUris: [`${exampleUrl}/api/auth/callback/twofold`] },
    },
  });
  expect(created.status()).toBe(201);
  const app = (await created.json()) as { id: string; secret: string };

  example = spawn(
    process.execPath,
    [
      path.join(root, "node_modules/next/dist/bin/next"),
      "dev",
      "-p",
      String(port),
      "-H",
      "127.0.0.1",
    ],
    {
      cwd: path.join(root, "examples/nextjs"),
      detached: true,
      stdio: "ignore",
      env: {
        ...process.env,
        TWOFOLD_ISSUER: `${ORIGIN}/oidc`,
        TWOFOLD_CLIENT_ID: app.id,
        TWOFOLD_CLIENT_SECRET: app.secret,
        NEXTAUTH_URL: exampleUrl,
        NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
      },
    },
  );
  await expect
    .poll(async () => (await fetch(exampleUrl).catch(() => null))?.status ?? 0, {
      timeout: 180_000,
      intervals: [1000],
    })
    .toBe(200);
  // The example runs under `next dev`, which compiles a route on its first request: next-auth's
  // (providers, csrf, sign-in and the callback are all one route) took over 4 s on a loaded
  // machine, which the sign-in's clicks below must not wait out.
  await expect
    .poll(async () => (await fetch(`${exampleUrl}/api/auth/providers`).catch(() => null))?.status, {
      timeout: 120_000,
      intervals: [1000],
    })
    .toBe(200);

  const user = uniqueUser();
  await registerViaApi(api, user);
  await page.goto(exampleUrl);
  await page.getByRole("button", { name: "Sign in with Twofold" }).click();
  const signIn = new SignInPage(page);
  // Two apps' redirects, the example's under its development server.
  await expect(signIn.heading).toBeVisible({ timeout: 20_000 });
  await signIn.signIn(user.username, user.password);
  await expect(page).toHaveURL(`${exampleUrl}/`, { timeout: 20_000 });
  await expect(page.getByTestId("signed-in-as")).toContainText(user.username);
  await expect(page.getByTestId("acr")).toHaveText("urn:twofold:acr:pwd");
});
