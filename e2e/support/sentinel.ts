// Lockout counters in the e2e server's database: seeding a pool to its limit, and counting the
// failures a page caused (the server's own record, whatever the browser sent).
import { randomBytes } from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";

const dbFile = path.join(import.meta.dirname, "../../test-results/e2e-data/twofold.db");

/** The e2e server's availability-check limit (playwright.config.ts sets it for the suite). */
export const E2E_IDENTIFIER_CHECKS = 1000;

/** A documentation-range address of its own, so a spec's registration checks count apart. */
export function uniqueIp(): string {
  const [a = 0, b = 0] = randomBytes(2);
  return `198.18.${a}.${b}`;
}

function open() {
  return new Database(dbFile, { timeout: 5_000 });
}

/** Adds `count` attempts to a pool, timestamped now in the format Prisma's adapter writes. */
export function seedAttempts(subject: string, pool: string, count: number): void {
  const db = open();
  try {
    const createdAt = new Date().toISOString().replace(/Z$/, "+00:00");
    const insert = db.prepare(
      `INSERT INTO "SentinelAttempt" ("id", "subject", "pool", "success", "createdAt")
       VALUES (?, ?, ?, 0, ?)`,
    );
    db.transaction(() => {
      for (let i = 0; i < count; i++)
        insert.run(randomBytes(12).toString("hex"), subject, pool, createdAt);
    })();
  } finally {
    db.close();
  }
}

/** Failed attempts of a pool for one subject (a user id for the MFA pools). */
export function countFailures(subject: string, pool: string): number {
  const db = open();
  try {
    const row = db
      .prepare(
        `SELECT COUNT(*) AS n FROM "SentinelAttempt" WHERE "subject" = ? AND "pool" = ? AND "success" = 0`,
      )
      .get(subject, pool) as { n: number };
    return row.n;
  } finally {
    db.close();
  }
}
