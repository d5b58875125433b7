// The passkey sign-in setting for the specs that use it, written straight into the e2e server's
// database like the MFA settings (support/settings.ts), then awaited on /sign-in itself: the
// server caches settings for up to a second.
import path from "node:path";
import { expect, type PlaywrightWorkerArgs } from "@playwright/test";
import Database from "better-sqlite3";
import { ORIGIN } from "./api";

const dbFile = path.join(import.meta.dirname, "../../test-results/e2e-data/twofold.db");

export async function setPasskeySignIn(
  playwright: PlaywrightWorkerArgs["playwright"],
  enabled: boolean,
): Promise<void> {
  const db = new Database(dbFile, { timeout: 5_000 });
  try {
    const updatedAt = new Date().toISOString().replace(/Z$/, "+00:00");
    db.prepare(
      `INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES ('passkeySignIn', ?, ?)
       ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value", "updatedAt" = excluded."updatedAt"`,
    ).run(JSON.stringify({ enabled }), updatedAt);
  } finally {
    db.close();
  }
  const request = await playwright.request.newContext({ baseURL: ORIGIN });
  try {
    await expect
      .poll(
        async () =>
          (await (await request.get("/sign-in")).text()).includes("Sign in with a passkey"),
        {
          message: `the server applies passkeySignIn ${enabled}`,
          timeout: 10_000,
        },
      )
      .toBe(enabled);
  } finally {
    await request.dispose();
  }
}
