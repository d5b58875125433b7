// The branding row for the branding specs, written straight into the e2e server's database (as
// settings.ts does for MFA), and a wait until the hosted pages wear it.
import path from "node:path";
import { expect, type PlaywrightWorkerArgs } from "@playwright/test";
import Database from "better-sqlite3";
import { type Branding, DEFAULT_BRANDING } from "../../lib/branding/schemas";
import { ORIGIN } from "./api";

const dbFile = path.join(import.meta.dirname, "../../test-results/e2e-data/twofold.db");

/** Stores the branding and waits until /sign-in's title carries its product name. */
export async function setBranding(
  playwright: PlaywrightWorkerArgs["playwright"],
  branding: Branding = DEFAULT_BRANDING,
): Promise<void> {
  const db = new Database(dbFile, { timeout: 5_000 });
  try {
    const updatedAt = new Date().toISOString().replace(/Z$/, "+00:00");
    db.prepare(
      `INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES ('branding', ?, ?)
       ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value", "updatedAt" = excluded."updatedAt"`,
    ).run(JSON.stringify(branding), updatedAt);
  } finally {
    db.close();
  }
  const request = await playwright.request.newContext({ baseURL: ORIGIN });
  try {
    await expect
      .poll(
        async () => (await (await request.get("/sign-in")).text()).match(/<title>([^<]*)</)?.[1],
      )
      .toBe(`Sign in · ${branding.productName}`);
  } finally {
    await request.dispose();
  }
}
