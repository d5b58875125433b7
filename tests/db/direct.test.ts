// The direct executor (lib/db/direct.ts): the hot path's raw SQL on Prisma's own connection. It
// must read values as `$queryRaw` does, commit and roll back as a transaction, and keep a
// concurrent statement (direct or Prisma's) out of an open transaction of either kind. On SQLite
// a statement outside a transaction runs at the call (the immediate lane, sqlite-adapter.ts):
// it must read, write and fail exactly as the adapter does inside a transaction.
import { beforeAll, describe, expect, it } from "vitest";
import { newId } from "@/lib/crypto/tokens";
import { direct, getDb } from "@/lib/db/client";
import { type Sql, sql, timestamp } from "@/lib/db/sql";
import { migrateTestDatabase } from "../helpers/experience";
import { gate } from "../helpers/gate";

beforeAll(migrateTestDatabase);

const insertEvent = (id: string) =>
  sql`INSERT INTO "AuditEvent" ("id", "type", "actorType", "data", "createdAt")
    VALUES (${id}, 'settings.updated', 'system', '{}', ${timestamp(new Date())})`;
const eventExists = async (id: string) =>
  (await getDb().auditEvent.findUnique({ where: { id } })) !== null;

/** Opens a direct transaction that writes `inside`, then waits for `release` and throws. */
function heldTransaction(inside: string) {
  const [started, held] = [gate(), gate()];
  const rolledBack = direct()
    .transaction(async (tx) => {
      await tx.$executeRaw(insertEvent(inside));
      started.open();
      await held.passed;
      throw new Error("roll back");
    })
    .catch((error: Error) => error.message);
  return { started: started.passed, release: held.open, rolledBack };
}

describe("direct()", () => {
  it("reads DateTime columns as Dates, booleans as booleans, and writes what Prisma reads", async () => {
    const id = newId();
    const createdAt = new Date("2026-03-04T05:06:07.089Z");
    await direct().$executeRaw`
      INSERT INTO "User" ("id", "username", "role", "mfaSkipped", "mfaRequired", "createdAt", "updatedAt")
      VALUES (${id}, ${`direct-${id}`}, 'user', ${true}, ${false}, ${timestamp(createdAt)}, ${timestamp(createdAt)})`;
    const [row] = await direct().$queryRaw<
      { mfaSkipped: unknown; mfaRequired: unknown; createdAt: unknown; lastSignInAt: unknown }[]
    >`SELECT "mfaSkipped", "mfaRequired", "createdAt", "lastSignInAt" FROM "User" WHERE "id" = ${id}`;
    expect(row).toEqual({ mfaSkipped: true, mfaRequired: false, createdAt, lastSignInAt: null });
    const model = await getDb().user.findUniqueOrThrow({ where: { id } });
    expect(model).toMatchObject({ mfaSkipped: true, mfaRequired: false, createdAt });
    expect(await direct().$executeRaw`DELETE FROM "User" WHERE "id" = ${id}`).toBe(1);
  });

  it("commits a transaction that returns and undoes one that throws", async () => {
    const [kept, undone] = [newId(), newId()];
    expect(
      await direct().transaction(async (tx) => {
        await tx.$executeRaw(insertEvent(kept));
        return "done";
      }),
    ).toBe("done");
    await expect(
      direct().transaction(async (tx) => {
        await tx.$executeRaw(insertEvent(undone));
        throw new Error("no");
      }),
    ).rejects.toThrow("no");
    expect(await eventExists(kept)).toBe(true);
    expect(await eventExists(undone)).toBe(false);
  });

  it("keeps concurrent writes, direct and Prisma's, out of a transaction that rolls back", async () => {
    const [inside, outsideDirect, outsidePrisma] = [newId(), newId(), newId()];
    const tx = heldTransaction(inside);
    await tx.started;
    const writes = Promise.all([
      direct().$executeRaw(insertEvent(outsideDirect)),
      getDb().auditEvent.create({
        data: { id: outsidePrisma, type: "settings.updated", actorType: "system", data: "{}" },
      }),
    ]);
    // Let the outside writes reach the database while the transaction is open, then end it.
    await Promise.race([writes, new Promise((resolve) => setTimeout(resolve, 300))]);
    tx.release();
    expect(await tx.rolledBack).toBe("roll back");
    await writes;
    expect(await eventExists(inside)).toBe(false);
    expect(await eventExists(outsideDirect)).toBe(true);
    expect(await eventExists(outsidePrisma)).toBe(true);
  });

  it("reads every kind of value alike outside a transaction and inside one", async () => {
    const id = newId();
    const at = new Date("2026-05-06T07:08:09.012Z");
    await direct().$executeRaw`
      INSERT INTO "User" ("id", "username", "role", "mfaSkipped", "mfaRequired", "createdAt", "updatedAt")
      VALUES (${id}, ${`lanes-${id}`}, 'user', ${true}, ${false}, ${timestamp(at)}, ${at})`;
    const everyColumn = sql`SELECT * FROM "User" WHERE "id" = ${id}`;
    const reads: Sql[] = [
      everyColumn,
      sql`SELECT COUNT(*) AS "n", MAX("createdAt") AS "latest", 1.5 AS "real", NULL AS "none",
        ${"text"} AS "text", ${7} AS "int" FROM "User" WHERE "id" = ${id}`,
      sql`SELECT "id" FROM "User" WHERE "id" = ${"no such user"}`,
      sql`UPDATE "User" SET "name" = ${"Lane"} WHERE "id" = ${id} RETURNING "name", "updatedAt", "mfaSkipped"`,
    ];
    for (const read of reads) {
      const outside = await direct().$queryRaw(read);
      const inside = await direct().transaction((tx) => tx.$queryRaw(read));
      expect(outside).toEqual(inside);
    }
    const [user] =
      await direct().$queryRaw<{ updatedAt: Date; mfaSkipped: boolean }[]>(everyColumn);
    expect(user).toMatchObject({ updatedAt: at, mfaSkipped: true });
    const changed = sql`UPDATE "User" SET "name" = NULL WHERE "id" = ${id}`;
    expect(await direct().$executeRaw(changed)).toBe(1);
    expect(await direct().transaction((tx) => tx.$executeRaw(changed))).toBe(1);
    expect(await direct().$executeRaw`DELETE FROM "User" WHERE "id" = ${id}`).toBe(1);
  });

  it("fails a statement outside a transaction with the error it gets inside one", async () => {
    const id = newId();
    await direct().$executeRaw(insertEvent(id));
    const outside = await direct()
      .$executeRaw(insertEvent(id))
      .catch((error: unknown) => error);
    const inside = await direct()
      .transaction((tx) => tx.$executeRaw(insertEvent(id)))
      .catch((error: unknown) => error);
    expect(outside).toBeInstanceOf(Error);
    expect(inside).toBeInstanceOf(Error);
    const shape = (error: unknown) => {
      const { name, cause } = error as { name: string; cause?: { kind?: string } };
      return { name, kind: cause?.kind };
    };
    expect(shape(outside)).toEqual(shape(inside));
    // And the connection keeps answering.
    expect(await eventExists(id)).toBe(true);
  });
});
