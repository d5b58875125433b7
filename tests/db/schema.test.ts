// The hand-written migrations must produce exactly the tables and columns the Prisma schema
// describes, on the dialect under test; and the migrator must be idempotent, safe to run
// concurrently, and refuse an edited migration.
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { getConfig } from "@/lib/config";
import { getDb, postgresTarget, sqliteFile } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/sqlite/client.ts";
import { loadMigrations, migrate } from "@/lib/db/migrate";

const MIGRATIONS_TABLE = "_twofold_migrations";

function expectedColumns(): Record<string, string[]> {
  const namespace = Prisma as unknown as Record<string, Record<string, string>>;
  const result: Record<string, string[]> = {};
  for (const model of Object.values(Prisma.ModelName)) {
    result[model] = Object.values(namespace[`${model}ScalarFieldEnum`] ?? {}).sort();
  }
  return result;
}

async function actualColumns(): Promise<Record<string, string[]>> {
  const config = getConfig();
  const result: Record<string, string[]> = {};
  if (config.dialect === "sqlite") {
    const db = new Database(sqliteFile(config.databaseUrl), { readonly: true });
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string }[];
    for (const { name } of tables) {
      if (name === MIGRATIONS_TABLE) continue;
      result[name] = (db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[])
        .map((c) => c.name)
        .sort();
    }
    db.close();
    return result;
  }
  const { connectionString, schema } = postgresTarget(config.databaseUrl);
  const client = new pg.Client({ connectionString });
  await client.connect();
  const { rows } = await client.query<{ table_name: string; column_name: string }>(
    "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = $1",
    [schema],
  );
  await client.end();
  for (const row of rows) {
    if (row.table_name === MIGRATIONS_TABLE) continue;
    result[row.table_name] ??= [];
    result[row.table_name]?.push(row.column_name);
  }
  for (const columns of Object.values(result)) columns.sort();
  return result;
}

describe("migrations", () => {
  it("create exactly the generated client's models and fields on an empty database", async () => {
    const result = await migrate(getConfig());
    expect(result.applied).toEqual(loadMigrations(getConfig().dialect).map((m) => m.name));
    expect(await actualColumns()).toEqual(expectedColumns());
  });

  it("leave the provider's uid lookups on their partial index", async () => {
    const lookup = `SELECT "payload" FROM "OidcModel" WHERE "model" = 'Session' AND "uid" = 'x'`;
    const plan = await getDb().$transaction(async (tx) => {
      // PostgreSQL would scan a table this small whatever the indexes.
      if (getConfig().dialect === "postgresql")
        await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      const explain = getConfig().dialect === "sqlite" ? "EXPLAIN QUERY PLAN" : "EXPLAIN";
      return tx.$queryRawUnsafe<Record<string, unknown>[]>(`${explain} ${lookup}`);
    });
    const steps = plan.flatMap((row) => Object.values(row).map(String));
    expect(steps.join("\n")).toContain("OidcModel_model_uid_idx");
    const [index] = await getDb().$queryRawUnsafe<{ definition: string }[]>(
      getConfig().dialect === "sqlite"
        ? `SELECT "sql" AS "definition" FROM sqlite_master WHERE "name" = 'OidcModel_model_uid_idx'`
        : `SELECT "indexdef" AS "definition" FROM pg_indexes WHERE "indexname" = 'OidcModel_model_uid_idx' AND "schemaname" = current_schema()`,
    );
    expect(index?.definition).toMatch(/WHERE.*"?uid"? IS NOT NULL/i);
  });

  it("apply nothing the second time, even when several instances start at once", async () => {
    const runs = await Promise.all([
      migrate(getConfig()),
      migrate(getConfig()),
      migrate(getConfig()),
    ]);
    for (const run of runs) expect(run.applied).toEqual([]);
  });

  it("refuse to run when an applied migration was edited", async () => {
    const config = getConfig();
    const first = loadMigrations(config.dialect)[0];
    if (!first) throw new Error("no migrations");
    if (config.dialect === "sqlite") {
      const db = new Database(sqliteFile(config.databaseUrl));
      db.prepare(`UPDATE "${MIGRATIONS_TABLE}" SET checksum = 'edited' WHERE name = ?`).run(
        first.name,
      );
      db.close();
    } else {
      const { connectionString, schema } = postgresTarget(config.databaseUrl);
      const client = new pg.Client({ connectionString });
      await client.connect();
      await client.query(
        `UPDATE "${schema}"."${MIGRATIONS_TABLE}" SET checksum = 'edited' WHERE name = $1`,
        [first.name],
      );
      await client.end();
    }
    await expect(migrate(config)).rejects.toThrow(/changed after it was applied/);
  });
});
