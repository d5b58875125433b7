// Raw SQL that reads the same on both dialects: tagged fragments, and the few expressions that
// differ (a timestamp parameter, a UTC day, a field of the JSON `data` text). Timestamps are
// stored in UTC on both (SQLite: ISO 8601 text; PostgreSQL: `timestamp` without zone), so a day
// is cut from the stored value and never depends on the server's or the session's time zone.
import { getConfig } from "@/lib/config";
import type { RawDb } from "./direct";
import { Prisma } from "./generated/sqlite/client.ts";

export type Sql = Prisma.Sql;
export const sql = Prisma.sql;
export const join = Prisma.join;
export const raw = Prisma.raw;
export const isSql = (value: unknown): value is Sql => value instanceof Prisma.Sql;

/**
 * A template made at run time from trusted SQL (a column list, a column name), used as a literal
 * template is: `parts` are the text around each value. The direct executor joins a template's
 * text once and keeps it, where a `raw` fragment among the values is flattened on every call.
 */
export const template = (...parts: string[]) =>
  Object.assign([...parts], { raw: [...parts] }) as unknown as TemplateStringsArray;

const postgres = () => getConfig().dialect === "postgresql";

/**
 * False for text no row holds: PostgreSQL's text cannot store U+0000 (and refuses a query that
 * carries one), so a lookup by such a value finds nothing and never reaches the driver.
 */
export const storable = (text: string) => !text.includes("\u0000");

/**
 * Holds `key` until the transaction ends, so transactions taking the same key run one after the
 * other: a PostgreSQL advisory lock. On SQLite every transaction already runs alone on the one
 * connection (behind its lock), so there is nothing to take.
 */
export async function lockForTransaction(tx: Pick<RawDb, "$executeRaw">, key: string) {
  if (postgres()) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}

/** A timestamp parameter comparable with a DateTime column. */
export function timestamp(at: Date): Sql {
  const iso = at.toISOString();
  return postgres()
    ? sql`CAST(${iso.slice(0, 23)} AS timestamp)`
    : sql`${iso.replace("Z", "+00:00")}`;
}

/** The UTC day (`YYYY-MM-DD` text) of a DateTime column; `column` is trusted SQL. */
export function utcDay(column: string): Sql {
  return postgres() ? raw(`to_char(${column}, 'YYYY-MM-DD')`) : raw(`date(${column})`);
}

/** A top-level field of a JSON text column as text (arrays and objects as JSON text). */
export function jsonField(column: string, field: string): Sql {
  if (!/^[a-zA-Z_]+$/.test(field)) throw new Error(`Unsafe JSON field name: ${field}`);
  return postgres()
    ? raw(`((${column})::jsonb -> '${field}') #>> '{}'`)
    : raw(`json_extract(${column}, '$.${field}')`);
}
