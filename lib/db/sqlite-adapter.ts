// SQLite's driver adapter runs every query on one connection, but only transactions take its
// lock: a query from another request issued while an interactive transaction is open runs inside
// that transaction, and is rolled back with it. This wrapper makes every top-level query wait for
// the open transaction to end, so each transaction sees and undoes only its own statements.
// It also keeps prepared statements (the adapter prepares each query anew), runs the connection
// with synchronous=NORMAL and fewer, larger checkpoints, and offers the direct executor a lane
// that runs a statement at the call (see ARCHITECTURE.md, "Performance").
import type { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { Mutex } from "async-mutex";
import { ColumnType } from "./direct";
import { forward } from "./forward";

type Adapter = Awaited<ReturnType<PrismaBetterSqlite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;
type SqlQuery = Parameters<Adapter["queryRaw"]>[0];
type ResultSet = Awaited<ReturnType<Adapter["queryRaw"]>>;

/**
 * Statements run at the call, synchronously, for the direct executor (lib/db/direct.ts): the
 * adapter's own queryRaw costs about 10 µs of CPU per statement beyond SQLite's work (argument
 * and row mapping, debug logging, its promises), as much as a primary-key lookup itself. Each
 * answers undefined while a transaction holds the connection (or one waits for it), and the
 * caller goes through the adapter, behind the lock, instead.
 */
export type Immediate = {
  /** A statement's result set, as the adapter's queryRaw would give it. */
  queryNow(query: SqlQuery): ResultSet | undefined;
  /** A write's count of changed rows, as the adapter's executeRaw would give it. */
  executeNow(query: SqlQuery): number | undefined;
};

function serialised(adapter: Adapter, lane: LaneParts | undefined): Adapter & Partial<Immediate> {
  const mutex = new Mutex();
  // The adapter runs a statement synchronously, at the call: with no transaction open (nor one
  // waiting), nothing can come between, so the statement skips the queue (about 35 µs a call).
  const exclusive =
    <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
    (...args: A) =>
      mutex.isLocked() ? mutex.runExclusive(() => run(...args)) : run(...args);
  const immediate: Partial<Immediate> = lane ? laneOver(lane, () => mutex.isLocked()) : {};
  return forward(adapter as Adapter & Partial<Immediate>, {
    ...immediate,
    queryRaw: exclusive(adapter.queryRaw.bind(adapter)),
    executeRaw: exclusive(adapter.executeRaw.bind(adapter)),
    executeScript: exclusive(adapter.executeScript.bind(adapter)),
    async startTransaction(isolationLevel) {
      const release = await mutex.acquire();
      try {
        const tx = await adapter.startTransaction(isolationLevel);
        return releasingOnEnd(tx, release);
      } catch (error) {
        release();
        throw error;
      }
    },
  });
}

function releasingOnEnd(tx: Transaction, release: () => void): Transaction {
  let open = true;
  const end = (finish: () => Promise<void>) => async () => {
    try {
      await finish();
    } finally {
      if (open) release();
      open = false;
    }
  };
  return forward(tx, { commit: end(tx.commit.bind(tx)), rollback: end(tx.rollback.bind(tx)) });
}

/** The part of a better-sqlite3 statement the adapter uses. */
type Statement = {
  reader: boolean;
  run(args?: unknown[]): unknown;
  all(args?: unknown[]): unknown[];
  columns(): unknown[];
  raw(on?: boolean): Statement;
};
type Database = { prepare(sql: string): unknown };
/** What the immediate lane runs on: the kept statements and the adapter's error mapping. */
type LaneParts = { statement: (sql: string) => Statement; failed: (error: unknown) => never };

const STATEMENT_CACHE = 200;
const WAL_CHECKPOINT_PAGES = 10_000;

/**
 * Keeps prepared statements by SQL text. The adapter calls `prepare(sql).bind(args)` (or
 * `.run()`) and runs the result at once, synchronously; better-sqlite3 binds a statement only
 * once, so each call gets a thin view that passes its arguments on every run instead.
 */
function cachingStatements(db: Database) {
  const prepare = db.prepare.bind(db) as (sql: string) => Statement;
  const cache = new Map<string, Statement>();
  const kept = (sql: string) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = prepare(sql);
      if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value as string);
      cache.set(sql, statement);
    }
    return statement;
  };
  db.prepare = (sql: string) => withArgs(kept(sql), []);
  return kept;
}

/** A statement's result columns never change once prepared, and reading them is not cheap. */
const columnsOf = new WeakMap<Statement, unknown[]>();

function columns(statement: Statement) {
  let found = columnsOf.get(statement);
  if (!found) {
    found = statement.columns();
    columnsOf.set(statement, found);
  }
  return found;
}

const { INT64, DATETIME, BOOLEAN, TEXT } = ColumnType;
/**
 * The column types whose values the direct executor converts, by the columns' declared types as
 * the adapter reads them; every other column's values pass as they are (TEXT).
 */
const DECLARED: Record<string, number> = {
  BIGINT: INT64,
  "UNSIGNED BIG INT": INT64,
  INT8: INT64,
  DATETIME,
  TIMESTAMP: DATETIME,
  BOOLEAN,
};

/** Names and types of a statement's columns, kept with it. */
const shapeOf = new WeakMap<Statement, { names: string[]; types: number[] }>();

function shape(statement: Statement) {
  let found = shapeOf.get(statement);
  if (!found) {
    const list = columns(statement) as { name: string; type: string | null }[];
    found = {
      names: list.map((column) => column.name),
      types: list.map((column) => DECLARED[column.type?.toUpperCase() ?? ""] ?? TEXT),
    };
    shapeOf.set(statement, found);
  }
  return found;
}

/** An argument as the adapter binds it: Dates as ISO 8601 text in UTC, booleans as 1 and 0. */
const bound = (value: unknown) =>
  value instanceof Date
    ? value.toISOString().replace("Z", "+00:00")
    : typeof value === "boolean"
      ? Number(value)
      : value;

/** A column value as the adapter hands it on: integers the connection reads as BigInt become numbers. */
function handedOn(value: unknown, type: number) {
  if (typeof value === "bigint") {
    if (type === DATETIME) return new Date(Number(value)).toISOString();
    const number = Number(value);
    return Number.isSafeInteger(number) ? number : value.toString();
  }
  if (typeof value === "number" && type === DATETIME) return new Date(value).toISOString();
  return value;
}

/**
 * The immediate lane over kept statements, closed while `busy`. Errors are the adapter's own (its
 * `onError` turns a driver error into the DriverAdapterError it would throw), so callers cannot
 * tell the lanes apart.
 */
function laneOver({ statement, failed }: LaneParts, busy: () => boolean): Immediate {
  const run = <R>(query: SqlQuery, use: (kept: Statement, args: unknown[]) => R): R | undefined => {
    if (busy()) return undefined;
    try {
      return use(statement(query.sql), query.args.map(bound));
    } catch (error) {
      return failed(error);
    }
  };
  return {
    queryNow: (query) =>
      run(query, (kept, args) => {
        if (!kept.reader) {
          kept.run(args);
          return { columnNames: [], columnTypes: [], rows: [] };
        }
        const { names, types } = shape(kept);
        const rows = kept.raw(true).all(args) as unknown[][];
        for (const row of rows) {
          for (let i = 0; i < row.length; i++) row[i] = handedOn(row[i], types[i] as number);
        }
        return { columnNames: names, columnTypes: types, rows } as unknown as ResultSet;
      }),
    executeNow: (query) =>
      run(query, (kept, args) => Number((kept.run(args) as { changes: number }).changes)),
  };
}

function withArgs(statement: Statement, args: unknown[]) {
  return {
    reader: statement.reader,
    bind: (bound: unknown[]) => withArgs(statement, bound),
    run: () => statement.run(args),
    columns: () => columns(statement),
    raw: () => ({ all: () => statement.raw(true).all(args) }),
    all: () => statement.raw(false).all(args),
  };
}

async function connectTuned(factory: PrismaBetterSqlite3) {
  const adapter = await factory.connect();
  // WAL (set by the migrator) with NORMAL: a commit no longer waits for fsync; the database
  // stays consistent, and only the last commits before a power cut can be lost.
  await adapter.executeScript("PRAGMA synchronous = NORMAL");
  // A checkpoint copies each page the log holds back into the database once, however many commits
  // wrote it: every 10,000 pages (about 40 MB of log) rather than SQLite's 1,000, the pages every
  // write touches (an index's upper levels, a table's last leaf) are copied a tenth as often.
  // Measured on a copy of a benchmark's database: a token write 69–77 µs → 45 µs, of which 39–43
  // are the write itself.
  await adapter.executeScript(`PRAGMA wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
  // The adapter's connection and its error mapping are not public: without them, no lane.
  const internals = adapter as unknown as { client?: Database; onError?: (e: unknown) => never };
  const db = internals.client;
  if (!db || typeof db.prepare !== "function") return { adapter, lane: undefined };
  const statement = cachingStatements(db);
  const onError = internals.onError;
  const lane =
    typeof onError === "function" ? { statement, failed: onError.bind(adapter) } : undefined;
  return { adapter, lane };
}

/** The factory Prisma Client takes, handing out serialised adapters (with the immediate lane). */
export function serialisedSqlite(factory: PrismaBetterSqlite3) {
  return forward(factory, {
    connect: async () => {
      const { adapter, lane } = await connectTuned(factory);
      return serialised(adapter, lane);
    },
  });
}
