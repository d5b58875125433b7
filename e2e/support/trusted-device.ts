// The trustedDevice setting for the remember-device spec, written straight into the e2e server's
// database like support/settings.ts does for MFA. Call enableMfa or restoreMfa right after: they
// write newer rows and wait until the server has reloaded every setting, this one included.
import path from "node:path";
import Database from "better-sqlite3";

const dbFile = path.join(import.meta.dirname, "../../test-results/e2e-data/twofold.db");

export function writeTrustedDevice(setting: { enabled: boolean; days: number }): void {
  const db = new Database(dbFile, { timeout: 5_000 });
  try {
    const updatedAt = new Date().toISOString().replace(/Z$/, "+00:00");
    db.prepare(
      `INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES ('trustedDevice', ?, ?)
       ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value", "updatedAt" = excluded."updatedAt"`,
    ).run(JSON.stringify(setting), updatedAt);
  } finally {
    db.close();
  }
}
