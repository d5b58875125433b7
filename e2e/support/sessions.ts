// Sessions in the e2e server's database: a spec about re-verification moves a sign-in back past
// the 10 minutes during which the sign-in itself counts as confirming it's the user. Sessions are
// read from the database on every request, so the change applies at once.
import path from "node:path";
import { expect } from "@playwright/test";
import Database from "better-sqlite3";

const dbFile = path.join(import.meta.dirname, "../../test-results/e2e-data/twofold.db");

/** Moves the start of every session of `username` 11 minutes into the past. */
export function signedInEarlier(username: string): void {
  const db = new Database(dbFile, { timeout: 5_000 });
  try {
    const rows = db
      .prepare(
        `SELECT s."id", s."createdAt" FROM "Session" s JOIN "User" u ON u."id" = s."userId" WHERE u."username" = ?`,
      )
      .all(username) as { id: string; createdAt: string }[];
    expect(rows.length, `sessions of ${username}`).toBeGreaterThan(0);
    const past = new Date(Date.now() - 11 * 60_000).toISOString();
    const update = db.prepare(`UPDATE "Session" SET "createdAt" = ? WHERE "id" = ?`);
    for (const row of rows) {
      // Keep the stored text format (Prisma's SQLite adapter may write "+00:00" instead of "Z").
      update.run(row.createdAt.endsWith("Z") ? past : past.replace(/Z$/, "+00:00"), row.id);
    }
  } finally {
    db.close();
  }
}
