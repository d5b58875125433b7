// Applies prisma/migrations/<dialect>/*/migration.sql in order, once each, recording a checksum
// per migration. Concurrent starts are safe: PostgreSQL holds an advisory lock, SQLite a write
// lock (BEGIN IMMEDIATE), for the whole run.

import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { Config } from "@/lib/config";
import { postgresTarget, sqliteFile } from "./client";

export type Migration = { name: string; sql: string; checksum: string };
export type MigrateResult = { applied: string[]; total: number };

const TABLE = "_twofold_migrations";
const LOCK_KEY = 73_021_142; // any constant, the same in every instance

export function migrationsDir(dialect: Config["dialect"]) {
  return path.join(process.cwd(), "prisma", "migrations", dialect);
}

export function loadMigrations(dialect: Config["dialect"]): Migration[] {
  const dir = migrationsDir(dialect);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

type Applied = { name: string; checksum: string };

/** Throws when a recorded migration was edited after it ran, or is missing from the code. */
function pending(migrations: Migration[], applied: Applied[]): Migration[] {
  const known = new Map(migrations.map((m) => [m.name, m]));
  for (const row of applied) {
    const migration = known.get(row.name);
    if (!migration) throw new Error(`database has migration ${row.name}, unknown to this version`);
    if (migration.checksum !== row.checksum) {
      throw new Error(`migration ${row.name} was changed after it was applied (checksum differs)`);
    }
  }
  const done = new Set(applied.map((row) => row.name));
  return migrations.filter((m) => !done.has(m.name));
}

export async function migrate(
  config: Pick<Config, "databaseUrl" | "dialect">,
): Promise<MigrateResult> {
  const migrations = loadMigrations(config.dialect);
  return config.dialect === "postgresql"
    ? migratePostgres(config.databaseUrl, migrations)
    : migrateSqlite(config.databaseUrl, migrations);
}

function migrateSqlite(url: string, migrations: Migration[]): MigrateResult {
  const file = sqliteFile(url);
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 30_000 });
  try {
    db.pragma("journal_mode = WAL");
    db.exec(
      `CREATE TABLE IF NOT EXISTS "${TABLE}" ("name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "appliedAt" TEXT NOT NULL)`,
    );
    const run = db.transaction(() => {
      const applied = db.prepare(`SELECT "name", "checksum" FROM "${TABLE}"`).all() as Applied[];
      const todo = pending(migrations, applied);
      const record = db.prepare(
        `INSERT INTO "${TABLE}" ("name", "checksum", "appliedAt") VALUES (?, ?, ?)`,
      );
      for (const migration of todo) {
        db.exec(migration.sql);
        record.run(migration.name, migration.checksum, new Date().toISOString());
      }
      // A write that must reach the disk at commit, so a read-only or full disk stops the start
      // here rather than failing the first sign-in.
      db.prepare(`UPDATE "${TABLE}" SET "appliedAt" = "appliedAt"`).run();
      return todo.map((m) => m.name);
    });
    return { applied: run.immediate(), total: migrations.length };
  } finally {
    db.close();
  }
}

async function migratePostgres(url: string, migrations: Migration[]): Promise<MigrateResult> {
  const { connectionString, schema } = postgresTarget(url);
  const client = new pg.Client({ connectionString });
  await client.connect();
  const quoted = `"${schema.replaceAll('"', '""')}"`;
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
    await client.query(`SET search_path TO ${quoted}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS "${TABLE}" ("name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "appliedAt" TIMESTAMPTZ NOT NULL DEFAULT now())`,
    );
    const { rows } = await client.query<Applied>(`SELECT "name", "checksum" FROM "${TABLE}"`);
    const todo = pending(migrations, rows);
    for (const migration of todo) {
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(`INSERT INTO "${TABLE}" ("name", "checksum") VALUES ($1, $2)`, [
          migration.name,
          migration.checksum,
        ]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${migration.name} failed: ${(error as Error).message}`);
      }
    }
    return { applied: todo.map((m) => m.name), total: migrations.length };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
    await client.end();
  }
}
