// SQLite's driver adapter runs every query on one connection, but only transactions take its
// lock: a query from another request issued while an interactive transaction is open runs inside
// that transaction, and is rolled back with it. This wrapper makes every top-level query wait for
// the open transaction to end, so each transaction sees and undoes only its own statements.
// It also keeps prepared statements (the adapter prepares each query anew) and runs the
// connection with synchronous=NORMAL and fewer, larger checkpoints (see ARCHITECTURE.md,
// "Performance").
import type { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { Mutex } from "async-mutex";
import { forward } from "./forward";

type Adapter = Awaited<ReturnType<PrismaBetterSqlite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

function serialised(adapter: Adapter): Adapter {
  const mutex = new Mutex();
  // The adapter runs a statement synchronously, at the call: with no transaction open (nor one
  // waiting), nothing can come between, so the statement skips the queue (about 35 µs a call).
  const exclusive =
    <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
    (...args: A) =>
      mutex.isLocked() ? mutex.runExclusive(() => run(...args)) : run(...args);
  return forward(adapter, {
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
  db.prepare = (sql: string) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = prepare(sql);
      if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value as string);
      cache.set(sql, statement);
    }
    return withArgs(statement, []);
  };
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

async function connectTuned(factory: PrismaBetterSqlite3): Promise<Adapter> {
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
  const db = (adapter as unknown as { client?: Database }).client;
  if (db && typeof db.prepare === "function") cachingStatements(db);
  return adapter;
}

/** The factory Prisma Client takes, handing out serialised adapters. */
export function serialisedSqlite(factory: PrismaBetterSqlite3) {
  return forward(factory, { connect: async () => serialised(await connectTuned(factory)) });
}
