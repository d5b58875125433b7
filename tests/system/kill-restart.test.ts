// kill -9 in the middle of a stream of enrollments and sign-ins, on SQLite and on PostgreSQL:
// after a restart every write the server acknowledged is there, and nothing is half-written —
// no user without their authenticator, no flow in a state the code never writes, no audit event
// for a change that did not commit.
import { afterAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { createTestDatabase, type TestDatabase } from "../setup/database";
import { Instance } from "./support/instance";
import {
  type Enrolled,
  registerWithTotp,
  requireTotp,
  sessionUser,
  signInWithTotp,
} from "./support/journeys";

const WORKERS = 4;
/** Acknowledged registrations before the kill; the stream keeps going until then. */
const KILL_AFTER = 6;

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

type Acknowledged = {
  enrolled: Enrolled[];
  sessions: { username: string; session: string }[];
  /** Enrolled and not signed in since: their next TOTP step is unspent. */
  fresh: Enrolled[];
};

/** Runs the stream until `stop()`; in-flight requests die with the process and are not counted. */
async function stream(on: Instance, acked: Acknowledged, stopped: () => boolean) {
  const worker = async () => {
    while (!stopped()) {
      try {
        const user = await registerWithTotp(on);
        acked.enrolled.push(user);
        acked.sessions.push({ username: user.username, session: user.session });
        acked.fresh.push(user);
        // Each user signs in once: a second sign-in in the same 30 s would be a replayed step.
        const earlier = acked.fresh.length > 1 ? acked.fresh.shift() : undefined;
        if (earlier) {
          const session = await signInWithTotp(on, earlier);
          acked.sessions.push({ username: earlier.username, session });
        }
      } catch {
        // Refused or cut by the kill: not acknowledged, so nothing is promised about it.
      }
    }
  };
  await Promise.all(Array.from({ length: WORKERS }, worker));
}

async function checkNothingHalfWritten(db: Db) {
  const users = await db.user.findMany({ include: { factors: true } });
  // Mandatory TOTP: a registration stores the user and the factor in one transaction.
  expect(
    users.filter((u) => !u.factors.some((f) => f.type === "Totp")).map((u) => u.username),
  ).toEqual([]);
  const flows = await db.experienceFlow.findMany();
  const impossible = flows.filter((f) => {
    if (f.status === "active") return f.completedAt !== null || f.consumedAt !== null;
    if (f.status === "completed") return !f.userId || !f.completedAt || f.consumedAt !== null;
    if (f.status === "consumed") return !f.userId || !f.completedAt || !f.consumedAt;
    return true;
  });
  expect(impossible).toEqual([]);
  const userIds = new Set(users.map((u) => u.id));
  const sessions = await db.session.findMany();
  const sessionIds = new Set(sessions.map((s) => s.id));
  const events = await db.auditEvent.findMany();
  // Recorded in the transaction of the change they describe: no event without its change...
  for (const event of events.filter((e) => e.type === "user.registered")) {
    expect(userIds.has(event.userId ?? ""), `user.registered ${event.userId}`).toBe(true);
  }
  const signIns = events.filter((e) => e.type === "sign_in.succeeded");
  for (const event of signIns) {
    const { sessionId } = JSON.parse(event.data) as { sessionId?: string };
    expect(sessionIds.has(sessionId ?? ""), `sign_in.succeeded ${sessionId}`).toBe(true);
  }
  // ...and no change without its event.
  const registered = new Set(
    events.filter((e) => e.type === "user.registered").map((e) => e.userId),
  );
  expect(users.filter((u) => !registered.has(u.id)).map((u) => u.username)).toEqual([]);
  const announced = new Set(
    signIns.map((e) => (JSON.parse(e.data) as { sessionId?: string }).sessionId),
  );
  expect(sessions.filter((s) => !announced.has(s.id)).map((s) => s.id)).toEqual([]);
  return { users: users.length, flows: flows.length, sessions: sessions.length };
}

async function database(dialect: "sqlite" | "postgres"): Promise<{ url: string; db: Db }> {
  // PostgreSQL: the schema tests/setup/env.ts made for this file; SQLite: a file of its own.
  let url = process.env.DATABASE_URL ?? "";
  if (dialect === "sqlite") {
    const created: TestDatabase = await createTestDatabase("sqlite");
    cleanup.push(() => created.drop());
    url = created.url;
  }
  const config = {
    databaseUrl: url,
    dialect: dialect === "sqlite" ? ("sqlite" as const) : ("postgresql" as const),
  };
  await migrate(config);
  const db = createDb(config);
  cleanup.push(() => db.$disconnect());
  // A user row without its factor would then be half a registration.
  await requireTotp(db);
  return { url, db };
}

describe.each(["sqlite", "postgres"] as const)("kill -9 mid-stream on %s", (dialect) => {
  it("keeps every acknowledged write and half-writes nothing", async () => {
    const { url, db } = await database(dialect);
    const server = new Instance({ name: `server (${dialect})`, databaseUrl: url });
    cleanup.push(() => server.dispose());
    await server.start();

    const acked: Acknowledged = { enrolled: [], sessions: [], fresh: [] };
    let killed = false;
    const running = stream(server, acked, () => killed);
    while (acked.enrolled.length < KILL_AFTER) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    killed = true;
    await server.kill();
    await running;
    const snapshot = { enrolled: [...acked.enrolled], sessions: [...acked.sessions] };

    await server.start();
    const counts = await checkNothingHalfWritten(db);
    expect(counts.users).toBeGreaterThanOrEqual(snapshot.enrolled.length);
    for (const user of snapshot.enrolled) {
      const row = await db.user.findUnique({
        where: { username: user.username },
        include: { factors: true },
      });
      expect(
        row?.factors.map((f) => f.type),
        user.username,
      ).toEqual(["Totp"]);
    }
    for (const { username, session } of snapshot.sessions) {
      const row = await db.user.findUniqueOrThrow({ where: { username } });
      expect(await sessionUser(server, session), username).toBe(row.id);
    }
    // Service resumed: a new user registers and signs in again.
    const fresh = await registerWithTotp(server);
    expect(await sessionUser(server, fresh.session)).toBeDefined();
    expect(await sessionUser(server, await signInWithTotp(server, fresh))).toBeDefined();
    console.info(
      `${dialect}: killed after ${snapshot.enrolled.length} registrations and ${snapshot.sessions.length} sessions acknowledged; ${JSON.stringify(counts)} after restart`,
    );
  });
});
