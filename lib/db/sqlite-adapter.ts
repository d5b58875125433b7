// SQLite's driver adapter runs every query on one connection, but only transactions take its
// lock: a query from another request issued while an interactive transaction is open runs inside
// that transaction, and is rolled back with it. This wrapper makes every top-level query wait for
// the open transaction to end, so each transaction sees and undoes only its own statements.
import type { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { Mutex } from "async-mutex";

type Adapter = Awaited<ReturnType<PrismaBetterSqlite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/** Forwards to `target` with its own `this`, so methods using private fields keep working. */
function forward<T extends object>(target: T, overrides: Partial<T>): T {
  return new Proxy(target, {
    get(object, property) {
      if (Object.hasOwn(overrides, property)) return overrides[property as keyof T];
      const value = Reflect.get(object, property, object);
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
}

function serialised(adapter: Adapter): Adapter {
  const mutex = new Mutex();
  const exclusive =
    <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
    (...args: A) =>
      mutex.runExclusive(() => run(...args));
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

/** The factory Prisma Client takes, handing out serialised adapters. */
export function serialisedSqlite(factory: PrismaBetterSqlite3) {
  return forward(factory, { connect: async () => serialised(await factory.connect()) });
}
