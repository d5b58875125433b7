// Raw SQL handed straight to the driver adapter Prisma Client itself runs on: the same
// connection (SQLite, behind the same lock as every other query) or the same pool (PostgreSQL).
// Prisma's own `$queryRaw` passes each statement through its query pipeline first, which costs
// 70–150 µs of CPU per call, while the statement itself takes 6–20 µs on SQLite; the sign-in
// steps run ten or more statements each. Only the hot path uses this (see ARCHITECTURE.md,
// "Raw SQL on the hot path"); everything else keeps Prisma's models.
//
// Statements are written as for `$queryRaw`: tagged templates or `sql` fragments. Values may
// be strings, numbers, booleans, null or Dates; rows come back as objects keyed by column name,
// DateTime columns as Dates, booleans as booleans and 64-bit integers as numbers.
import type { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { forward } from "./forward";
import { type Sql, sql } from "./sql";

export type DriverAdapter = Awaited<ReturnType<PrismaBetterSqlite3["connect"]>>;
type Queryable = Pick<DriverAdapter, "queryRaw" | "executeRaw">;
type SqlQuery = Parameters<Queryable["queryRaw"]>[0];
type ArgType = SqlQuery["argTypes"][number];

type Statement = [query: TemplateStringsArray | Sql, ...values: unknown[]];

/**
 * What raw SQL needs of a database: Prisma Client and its transactions have it, and so do the
 * direct executor and its transactions, so a function taking one takes either.
 */
export type RawDb = {
  /** The rows a statement returns (a SELECT, or a write with RETURNING). */
  $queryRaw<T = unknown>(...statement: Statement): Promise<T>;
  /** A write; the number of rows it changed. */
  $executeRaw(...statement: Statement): Promise<number>;
};

export type DirectDb = RawDb & {
  /** Runs `work` in one transaction: committed when it returns, rolled back when it throws. */
  transaction<R>(work: (tx: RawDb) => Promise<R>): Promise<R>;
};

// ColumnTypeEnum of @prisma/driver-adapter-utils.
const INT64 = 1;
const BOOLEAN = 5;
const DATETIME = 10;

function argType(value: unknown): ArgType {
  const scalarType =
    value instanceof Date
      ? "datetime"
      : typeof value === "boolean"
        ? "boolean"
        : typeof value === "number"
          ? Number.isInteger(value)
            ? "int"
            : "float"
          : "string";
  return { scalarType, arity: "scalar" } as ArgType;
}

function toQuery([query, ...values]: Statement, postgres: boolean): SqlQuery {
  const statement = "raw" in query ? sql(query, ...values) : query;
  const args = statement.values;
  return {
    sql: postgres ? statement.text : statement.sql,
    args,
    argTypes: args.map(argType),
  } as SqlQuery;
}

function convert(value: unknown, type: number): unknown {
  if (value === null || value === undefined) return null;
  if (type === DATETIME) return new Date(value as string);
  if (type === BOOLEAN) return typeof value === "boolean" ? value : Boolean(Number(value));
  if (type === INT64 && typeof value !== "number") return Number(value);
  return value;
}

function executor(target: Queryable, postgres: boolean): RawDb {
  return {
    async $queryRaw<T>(...statement: Statement) {
      const { columnNames, columnTypes, rows } = await target.queryRaw(
        toQuery(statement, postgres),
      );
      return rows.map((row) => {
        const object: Record<string, unknown> = {};
        for (let i = 0; i < columnNames.length; i++) {
          object[columnNames[i] as string] = convert(row[i], columnTypes[i] as number);
        }
        return object;
      }) as T;
    },
    $executeRaw: (...statement: Statement) => target.executeRaw(toQuery(statement, postgres)),
  };
}

const END = (sql: string) => ({ sql, args: [], argTypes: [] }) as SqlQuery;

/** The executor over a connected adapter (`connect` is the shared one the client uses too). */
export function directDb(connect: () => Promise<DriverAdapter>, postgres: boolean): DirectDb {
  const top: RawDb = {
    $queryRaw: async (...statement) => executor(await connect(), postgres).$queryRaw(...statement),
    $executeRaw: async (...statement) =>
      executor(await connect(), postgres).$executeRaw(...statement),
  };
  return {
    ...top,
    async transaction(work) {
      const tx = await (await connect()).startTransaction();
      try {
        const result = await work(executor(tx, postgres));
        await tx.executeRaw(END("COMMIT"));
        await tx.commit();
        return result;
      } catch (error) {
        try {
          await tx.executeRaw(END("ROLLBACK"));
        } finally {
          await tx.rollback();
        }
        throw error;
      }
    },
  };
}

/**
 * Wraps a driver adapter factory so that every `connect()` — Prisma Client's and the direct
 * executor's — shares one connected adapter until it is disposed. A statement that fails is
 * reported to `onError` (and still thrown).
 */
export function sharedConnection<F extends { connect(): Promise<DriverAdapter> }>(
  factory: F,
  onError: (error: unknown) => void,
) {
  let connected: Promise<DriverAdapter> | undefined;
  const reporting =
    <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
    (...args: A) =>
      run(...args).catch((error: unknown) => {
        onError(error);
        throw error;
      });
  const shared = (adapter: DriverAdapter) =>
    forward(adapter, {
      queryRaw: reporting(adapter.queryRaw.bind(adapter)),
      executeRaw: reporting(adapter.executeRaw.bind(adapter)),
      startTransaction: reporting(adapter.startTransaction.bind(adapter)),
      dispose: () => {
        connected = undefined;
        return adapter.dispose();
      },
    });
  const connect = () => {
    connected ??= factory.connect().then(shared, (error) => {
      connected = undefined;
      throw error;
    });
    return connected;
  };
  return { factory: forward(factory, { connect } as Partial<F>), connect };
}
