// Transactions isolate their own statements: on SQLite every query shares one connection, so a
// write from another request must not run inside (and roll back with) an open transaction.
import { beforeAll, describe, expect, it } from "vitest";
import { newId } from "@/lib/crypto/tokens";
import { getDb } from "@/lib/db/client";
import { migrateTestDatabase } from "../helpers/experience";
import { gate } from "../helpers/gate";

beforeAll(migrateTestDatabase);

const event = (id: string) => ({
  data: { id, type: "settings.updated", actorType: "system", data: "{}" },
});

describe("transactions", () => {
  it("keep a concurrent write made outside them when they roll back", async () => {
    const db = getDb();
    const [started, held] = [gate(), gate()];
    const [inside, outside] = [newId(), newId()];
    const rolledBack = db
      .$transaction(async (tx) => {
        await tx.auditEvent.create(event(inside));
        started.open();
        await held.passed;
        throw new Error("roll back");
      })
      .catch((error: Error) => error.message);
    await started.passed;
    const written = db.auditEvent.create(event(outside));
    // Give the outside write time to reach the database while the transaction is still open
    // (where it must wait), then let the transaction roll back.
    await Promise.race([written, new Promise((resolve) => setTimeout(resolve, 300))]);
    held.open();
    expect(await rolledBack).toBe("roll back");
    await written;
    expect(await db.auditEvent.findUnique({ where: { id: outside } })).not.toBeNull();
    expect(await db.auditEvent.findUnique({ where: { id: inside } })).toBeNull();
  });
});
