// Throwaway databases for integration tests: a fresh SQLite file or a fresh PostgreSQL schema,
// created before app modules load and dropped after the file's tests. No app code is imported.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export type TestDialect = "sqlite" | "postgres";

export type TestDatabase = {
  dialect: TestDialect;
  /** The DATABASE_URL the app under test uses. */
  url: string;
  drop(): Promise<void>;
};

/** Where the postgres run creates its schemas; override with TWOFOLD_TEST_PG_URL. */
export const postgresBaseUrl =
  process.env.TWOFOLD_TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

/** Reads TWOFOLD_TEST_DB; throws on anything but sqlite, postgres or unset. */
export function testDialect(raw = process.env.TWOFOLD_TEST_DB): TestDialect {
  const value = raw?.trim() || "sqlite";
  if (value === "sqlite" || value === "postgres") return value;
  throw new Error(`TWOFOLD_TEST_DB must be sqlite or postgres, got ${JSON.stringify(raw)}`);
}

export function createTestDatabase(dialect: TestDialect): Promise<TestDatabase> {
  return dialect === "postgres" ? createPostgresSchema() : Promise.resolve(createSqliteFile());
}

function createSqliteFile(): TestDatabase {
  const file = path.join(os.tmpdir(), `twofold-test-${randomBytes(6).toString("hex")}.db`);
  return {
    dialect: "sqlite",
    url: `file:${file}`,
    async drop() {
      for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
    },
  };
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates the base database when a fresh server lacks it (workers may race: both are fine). */
async function ensureDatabase(base: URL) {
  const name = base.pathname.slice(1);
  const admin = new URL(base);
  admin.pathname = "/postgres";
  await withClient(admin.href, async (client) => {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount) return;
    await client.query(`CREATE DATABASE "${name}"`).catch((error: { code?: string }) => {
      // 42P04 duplicate_database, 23505 unique_violation: another worker created it first.
      if (error.code !== "42P04" && error.code !== "23505") throw error;
    });
  });
}

async function createPostgresSchema(): Promise<TestDatabase> {
  const base = new URL(postgresBaseUrl);
  base.search = "";
  const schema = `t_${randomBytes(6).toString("hex")}`;
  try {
    await withClient(base.href, (client) => client.query(`CREATE SCHEMA "${schema}"`));
  } catch (error) {
    if ((error as { code?: string }).code !== "3D000") throw error; // 3D000: no such database
    await ensureDatabase(base);
    await withClient(base.href, (client) => client.query(`CREATE SCHEMA "${schema}"`));
  }
  const url = new URL(base);
  url.searchParams.set("schema", schema);
  return {
    dialect: "postgres",
    url: url.href,
    async drop() {
      await withClient(base.href, async (client) => {
        // A connection the app leaked inside a transaction would block the drop forever.
        await client.query("SET lock_timeout = '10s'");
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      });
    },
  };
}
