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
import { isSql, type Sql, sql } from "./sql";
import type { Immediate } from "./sqlite-adapter";

/** A connected adapter; SQLite's also runs statements at the call (sqlite-adapter.ts). */
export type DriverAdapter = Awaited<ReturnType<PrismaBetterSqlite3["connect"]>> &
  Partial<Immediate>;
type Queryable = Pick<DriverAdapter, "queryRaw" | "executeRaw">;
type SqlQuery = Parameters<Queryable["queryRaw"]>[0];
type ResultSet = Awaited<ReturnType<Queryable["queryRaw"]>>;
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

/** The column types of @prisma/driver-adapter-utils' ColumnTypeEnum that values are converted by. */
export const ColumnType = { INT64: 1, BOOLEAN: 5, TEXT: 7, DATETIME: 10 } as const;
const { INT64, BOOLEAN, DATETIME } = ColumnType;

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

/** A template's text for each dialect, joined once: the same string each time is hashed once. */
type Texts = { sql: string; text: string };
const templateTexts = new WeakMap<TemplateStringsArray, Texts>();

function textsOf(strings: TemplateStringsArray): Texts {
  let found = templateTexts.get(strings);
  if (!found) {
    // As Prisma's Sql reads them: `?` placeholders for SQLite, `$1`, `$2`… for PostgreSQL.
    found = {
      sql: strings.join("?"),
      text: strings.reduce((text, part, i) => `${text}$${i}${part}`),
    };
    templateTexts.set(strings, found);
  }
  return found;
}

function toQuery([query, ...values]: Statement, postgres: boolean): SqlQuery {
  // A template with plain values (the hot path's statements) needs no fragment flattening.
  const statement: Texts & { values: unknown[] } =
    "raw" in query
      ? values.some(isSql)
        ? sql(query, ...values)
        : { ...textsOf(query), values }
      : query;
  return {
    sql: postgres ? statement.text : statement.sql,
    args: statement.values,
    argTypes: statement.values.map(argType),
  } as SqlQuery;
}

function convert(value: unknown, type: number): unknown {
  if (value === null || value === undefined) return null;
  if (type === DATETIME) return new Date(value as string);
  if (type === BOOLEAN) return typeof value === "boolean" ? value : Boolean(Number(value));
  if (type === INT64 && typeof value !== "number") return Number(value);
  return value;
}

function objects<T>({ columnNames, columnTypes, rows }: ResultSet): T {
  return rows.map((row) => {
    const object: Record<string, unknown> = {};
    for (let i = 0; i < columnNames.length; i++) {
      object[columnNames[i] as string] = convert(row[i], columnTypes[i] as number);
    }
    return object;
  }) as T;
}

function executor(target: Queryable, postgres: boolean): RawDb {
  return {
    async $queryRaw<T>(...statement: Statement) {
      return objects<T>(await target.queryRaw(toQuery(statement, postgres)));
    },
    $executeRaw: (...statement: Statement) => target.executeRaw(toQuery(statement, postgres)),
  };
}

const END = (sql: string) => ({ sql, args: [], argTypes: [] }) as SqlQuery;

/**
 * The executor over a connected adapter (`connect` is the shared one the client uses too).
 * `current` is the adapter when connected: a statement outside a transaction takes its
 * immediate lane when it has one and the lane is free, and waits for the adapter otherwise.
 */
export function directDb(
  connect: () => Promise<DriverAdapter>,
  postgres: boolean,
  current: () => DriverAdapter | undefined = () => undefined,
): DirectDb {
  // Not async functions: a statement the lane answers costs one promise, not three (each promise
  // runs the request storage's hooks).
  const top: RawDb = {
    $queryRaw<T>(...statement: Statement) {
      try {
        const query = toQuery(statement, postgres);
        const now = current()?.queryNow?.(query);
        if (now) return Promise.resolve(objects<T>(now));
        return connect().then(async (adapter) => objects<T>(await adapter.queryRaw(query)));
      } catch (error) {
        return Promise.reject(error);
      }
    },
    $executeRaw(...statement) {
      try {
        const query = toQuery(statement, postgres);
        const now = current()?.executeNow?.(query);
        if (now !== undefined) return Promise.resolve(now);
        return connect().then((adapter) => adapter.executeRaw(query));
      } catch (error) {
        return Promise.reject(error);
      }
    },
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
  let ready: DriverAdapter | undefined;
  const reporting =
    <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
    (...args: A) =>
      run(...args).catch((error: unknown) => {
        onError(error);
        throw error;
      });
  const reportingNow =
    <A extends unknown[], R>(run: ((...args: A) => R) | undefined) =>
    (...args: A): R | undefined => {
      try {
        return run?.(...args);
      } catch (error) {
        onError(error);
        throw error;
      }
    };
  const shared = (adapter: DriverAdapter) =>
    forward(adapter, {
      queryRaw: reporting(adapter.queryRaw.bind(adapter)),
      executeRaw: reporting(adapter.executeRaw.bind(adapter)),
      queryNow: reportingNow(adapter.queryNow),
      executeNow: reportingNow(adapter.executeNow),
      startTransaction: reporting(adapter.startTransaction.bind(adapter)),
      dispose: () => {
        connected = undefined;
        ready = undefined;
        return adapter.dispose();
      },
    });
  const connect = () => {
    connected ??= factory.connect().then(
      (adapter) => {
        ready = shared(adapter);
        return ready;
      },
      (error) => {
        connected = undefined;
        throw error;
      },
    );
    return connected;
  };
  return {
    factory: forward(factory, { connect } as Partial<F>),
    connect,
    /** The connected adapter, once connected and until disposed. */
    current: () => ready,
  };
}
