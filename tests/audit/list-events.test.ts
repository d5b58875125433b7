// The console's audit log filters: by user (id, username or email), type and time window.
import { beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/audit/list-events";
import { getDb } from "@/lib/db/client";
import { migrateTestDatabase, registerViaApi, signInViaApi } from "../helpers/experience";

beforeAll(migrateTestDatabase);

describe("listAuditEvents", () => {
  it("filters by user, type and time, newest first", async () => {
    const alice = await registerViaApi();
    const bob = await registerViaApi();
    await signInViaApi(alice.username, "wrong-password");
    const byName = await listAuditEvents({
      user: alice.username.toUpperCase(),
      page: 1,
      pageSize: 50,
    });
    expect(byName.events.map((e) => e.type)).toEqual([
      "sign_in.failed",
      "sign_in.succeeded",
      "user.registered",
    ]);
    expect(byName.events.every((e) => e.userId === alice.id)).toBe(true);
    const byEmail = await listAuditEvents({
      user: bob.email,
      type: "user.registered",
      page: 1,
      pageSize: 50,
    });
    expect(byEmail.total).toBe(1);
    await getDb().auditEvent.updateMany({
      where: { userId: bob.id },
      data: { createdAt: new Date(Date.now() - 2 * 3_600_000) },
    });
    expect(
      (await listAuditEvents({ user: bob.id, window: "1h", page: 1, pageSize: 50 })).total,
    ).toBe(0);
    expect(
      (await listAuditEvents({ user: bob.id, window: "24h", page: 1, pageSize: 50 })).total,
    ).toBe(2);
    expect(await listAuditEvents({ user: "nobody-at-all", page: 1, pageSize: 50 })).toMatchObject({
      total: 0,
      userFound: false,
    });
  });
});
