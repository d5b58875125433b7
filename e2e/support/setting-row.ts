// One settings row written straight into the e2e server's SQLite file, for the settings the
// specs switch without an admin at hand. The server caches settings for up to a second, so each
// caller then waits until a page shows the change (or writes MFA settings, which wait for all).
import path from "node:path";
import Database from "better-sqlite3";

const dbFile = path.join(import.meta.dirname, "../../test-results/e2e-data/twofold.db");

export function writeSettingRow(key: string, value: unknown): void {
  const db = new Database(dbFile, { timeout: 5_000 });
  try {
    const updatedAt = new Date().toISOString().replace(/Z$/, "+00:00");
    db.prepare(
      `INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES (?, ?, ?)
       ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value", "updatedAt" = excluded."updatedAt"`,
    ).run(key, JSON.stringify(value), updatedAt);
  } finally {
    db.close();
  }
}
