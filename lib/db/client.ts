// The one database client of the process: Prisma Client over a driver adapter, SQLite or
// PostgreSQL by DATABASE_URL. Both generated clients share model types; they differ only in
// $transaction's isolation levels, so the PostgreSQL client is cast to the SQLite type here, once.
// Only the configured dialect's driver adapter is loaded: `pg` and its adapter hold about 17 MB
// resident that a SQLite process never uses (and better-sqlite3 is nothing to a PostgreSQL one).

import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { type Config, getConfig } from "@/lib/config";
import { type DirectDb, type DriverAdapter, directDb, sharedConnection } from "./direct";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client.ts";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client.ts";
import { markDatabaseDown } from "./outage";
import { serialisedSqlite } from "./sqlite-adapter";
import { isDatabaseUnavailable } from "./unavailable";

export type Db = InstanceType<typeof SqliteClient>;
export type { Prisma } from "./generated/sqlite/client.ts";

/** Splits Prisma's `?schema=` parameter off a PostgreSQL URL; `pg` does not understand it. */
export function postgresTarget(url: string) {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? "public";
  parsed.searchParams.delete("schema");
  return { connectionString: parsed.toString(), schema };
}

export function sqliteFile(url: string) {
  return path.resolve(url.slice("file:".length));
}

const load = createRequire(import.meta.url);
const postgresAdapter = (): typeof import("@prisma/adapter-pg") => load("@prisma/adapter-pg");
const sqliteAdapter = (): typeof import("@prisma/adapter-better-sqlite3") =>
  load("@prisma/adapter-better-sqlite3");

// Kept on the client under a registered symbol: the server's own bundle (the provider) and
// Next's both reach the one client on globalThis, each with its own copy of this module.
const DIRECT = Symbol.for("twofold.direct");
type WithDirect = { [DIRECT]?: DirectDb };

/** Raw SQL on `db`'s own connection without Prisma's query pipeline (lib/db/direct.ts). */
export function direct(db: Db = getDb()): DirectDb {
  const found = (db as WithDirect)[DIRECT];
  if (!found) throw new Error("This database client was not made by createDb");
  return found;
}

/** A statement failed: when the database cannot be used, pages answer 503 until it can (outage.ts). */
function reportTo(db: () => Db) {
  return (error: unknown) => {
    if (isDatabaseUnavailable(error)) markDatabaseDown(() => db().$queryRaw`SELECT 1`);
  };
}

function withDirect(db: Db, executor: DirectDb): Db {
  Object.defineProperty(db, DIRECT, { value: executor });
  return db;
}

export function createDb(config: Pick<Config, "databaseUrl" | "dialect">): Db {
  if (config.dialect === "postgresql") {
    const { PrismaPg } = postgresAdapter();
    const { connectionString, schema } = postgresTarget(config.databaseUrl);
    const adapter = new PrismaPg(
      { connectionString, max: 10, options: `-c search_path="${schema}"` },
      { schema },
    );
    // A burst (hundreds of sign-in steps at once) queues for the pool's ten connections; Prisma's
    // default 2 s wait to start a transaction turned that queue into errors.
    const shared = sharedConnection(
      adapter,
      reportTo(() => db),
    );
    const db: Db = new PostgresClient({
      adapter: shared.factory,
      transactionOptions: { maxWait: 10_000 },
    }) as unknown as Db;
    return withDirect(db, directDb(shared.connect as () => Promise<DriverAdapter>, true));
  }
  const file = sqliteFile(config.databaseUrl);
  mkdirSync(path.dirname(file), { recursive: true });
  const { PrismaBetterSqlite3 } = sqliteAdapter();
  const adapter = new PrismaBetterSqlite3({ url: file, timeout: 10_000 });
  const shared = sharedConnection(
    serialisedSqlite(adapter),
    reportTo(() => db),
  );
  const db: Db = new SqliteClient({ adapter: shared.factory });
  return withDirect(db, directDb(shared.connect, false, shared.current));
}

const holder = globalThis as unknown as { twofoldDb?: Db };

/** The process-wide client (kept on globalThis so dev reloads do not open new pools). */
export function getDb(): Db {
  holder.twofoldDb ??= createDb(getConfig());
  return holder.twofoldDb;
}

/** Closes the process-wide client if one was opened (for CLIs and scripts). */
export async function disconnectDb(): Promise<void> {
  await holder.twofoldDb?.$disconnect();
}
