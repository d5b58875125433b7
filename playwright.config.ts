// End-to-end tests against the real built app (scripts/e2e-server.mjs wipes its data dir, then
// runs scripts/start.mjs) in Debian's Chromium; Playwright never downloads a browser here.
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { E2E_IDENTIFIER_CHECKS } from "./e2e/support/sentinel";

// Another port lets a second checkout run its suite beside this one.
const port = Number(process.env.TWOFOLD_E2E_PORT ?? 3210);
const baseURL = `http://localhost:${port}`;
const reportDir = process.env.TWOFOLD_REPORT_DIR;

export default defineConfig({
  testDir: "e2e",
  // Kept apart from test-results/e2e-data: Playwright empties its outputDir before each run.
  outputDir: "test-results/playwright",
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // Two cores: one for the server, one for the browser.
  workers: 1,
  reporter: reportDir
    ? [["list"], ["json", { outputFile: path.resolve(reportDir, "playwright.json") }]]
    : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.TWOFOLD_CHROMIUM ?? "/usr/bin/chromium",
      // The machine's network is closed: background fetches only produce refused connections.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `${baseURL}/api/health`,
    env: {
      PORT: String(port),
      TWOFOLD_PUBLIC_URL: baseURL,
      TWOFOLD_DATA_DIR: path.join(import.meta.dirname, "test-results/e2e-data"),
      // Every spec registers from this machine's one address: the default 30 checks an hour
      // would stop the suite. Specs that test the cap use an X-Forwarded-For of their own.
      TWOFOLD_IDENTIFIER_CHECKS_PER_HOUR: String(E2E_IDENTIFIER_CHECKS),
      TWOFOLD_TRUST_PROXY: "1",
    },
    // The first start builds the app.
    timeout: 240_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
