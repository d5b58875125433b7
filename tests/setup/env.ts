// Vitest setup for the integration project, run in each test file's worker before the file's
// imports: points the app at a throwaway database (TWOFOLD_TEST_DB=sqlite|postgres) and data
// dir, removed after the file. TWOFOLD_KEEP_TEST_DB=1 keeps them for debugging.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { createTestDatabase, testDialect } from "./database";

/** Fixed so encrypted fixtures are reproducible; never used outside tests. */
export const TEST_SECRET = "7f1c0de5a11ce0b0b5ca1ab1e0ddba11c0ffee15deadbeef0123456789abcdef";
export const TEST_PUBLIC_URL = "http://localhost:3000";

const database = await createTestDatabase(testDialect());
const dataDir = mkdtempSync(path.join(os.tmpdir(), "twofold-test-data-"));

process.env.DATABASE_URL = database.url;
process.env.TWOFOLD_SECRET = TEST_SECRET;
process.env.TWOFOLD_PUBLIC_URL = TEST_PUBLIC_URL;
process.env.TWOFOLD_DATA_DIR = dataDir;
process.env.TWOFOLD_FAST_HASH = "1";
// In-process test clients have no address, so they share one registration check pool; the
// test of that cap sets its own.
process.env.TWOFOLD_IDENTIFIER_CHECKS_PER_HOUR ??= "100000";

afterAll(async () => {
  if (process.env.TWOFOLD_KEEP_TEST_DB === "1") {
    console.info(`kept test database ${database.url} and data dir ${dataDir}`);
    return;
  }
  rmSync(dataDir, { recursive: true, force: true });
  await database.drop();
});
