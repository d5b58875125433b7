// The SQLite connection keeps prepared statements and runs with synchronous=NORMAL: a kept
// statement must answer each call with that call's arguments, also after one of them failed.
// The direct executor's statements outside a transaction run at the call (the immediate lane).
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { getConfig } from "@/lib/config";
import { newId } from "@/lib/crypto/tokens";
import { direct, getDb, sqliteFile } from "@/lib/db/client";
import { timestamp } from "@/lib/db/sql";
import { migrateTestDatabase } from "../helpers/experience";

beforeAll(migrateTestDatabase);

const sqlite = () => getConfig().dialect === "sqlite";

describe("the SQLite connection", () => {
  it("commits as its dialect should: SQLite WAL with synchronous=NORMAL, PostgreSQL synchronously", async () => {
    if (sqlite()) {
      const [row] =
        await getDb().$queryRawUnsafe<{ synchronous: bigint | number }[]>("PRAGMA synchronous");
      expect(Number(row?.synchronous)).toBe(1);
    } else {
      // The fsync trade-off is SQLite's alone: PostgreSQL keeps waiting for its WAL flush.
      const [row] =
        await getDb().$queryRawUnsafe<{ synchronous_commit: string }[]>("SHOW synchronous_commit");
      expect(row?.synchronous_commit).toBe("on");
    }
  });

  it("answers a repeated query with each call's own arguments", async () => {
    const db = getDb();
    const ids = Array.from({ length: 20 }, () => newId());
    for (const id of ids) {
      await db.sentinelAttempt.create({
        data: { id, subject: `s-${id}`, pool: "test", success: false },
      });
    }
    const found = await Promise.all(
      ids.map((id) => db.sentinelAttempt.findUnique({ where: { id }, select: { subject: true } })),
    );
    expect(found.map((row) => row?.subject)).toEqual(ids.map((id) => `s-${id}`));
  });

  it("keeps answering after a statement failed on a constraint", async () => {
    const db = getDb();
    const id = newId();
    const data = { id, subject: "dup", pool: "test", success: false };
    await db.sentinelAttempt.create({ data });
    await expect(db.sentinelAttempt.create({ data })).rejects.toThrow();
    const other = newId();
    await db.sentinelAttempt.create({ data: { ...data, id: other } });
    const rows = await db.sentinelAttempt.findMany({ where: { subject: "dup" } });
    expect(rows.map((r) => r.id).sort()).toEqual([id, other].sort());
  });

  it("runs a direct statement outside a transaction at the call, and one during a transaction after it", async () => {
    if (!sqlite()) return;
    const observer = new Database(sqliteFile(getConfig().databaseUrl), { readonly: true });
    const seen = (id: string) =>
      observer.prepare(`SELECT 1 FROM "AuditEvent" WHERE "id" = ?`).get(id) !== undefined;
    const insert = (id: string) => direct().$executeRaw`
      INSERT INTO "AuditEvent" ("id", "type", "actorType", "data", "createdAt")
      VALUES (${id}, 'settings.updated', 'system', '{}', ${timestamp(new Date())})`;
    try {
      await direct().$queryRaw`SELECT 1`;
      const [now, later] = [newId(), newId()];
      const written = insert(now);
      // Committed before the call returned: no await has passed.
      expect(seen(now)).toBe(true);
      expect(await written).toBe(1);

      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const transaction = direct().transaction(async () => held);
      await new Promise((resolve) => setTimeout(resolve, 20));
      const queued = insert(later);
      expect(seen(later)).toBe(false);
      release();
      await transaction;
      expect(await queued).toBe(1);
      expect(seen(later)).toBe(true);
    } finally {
      observer.close();
    }
  });
});
