// Tells a database that cannot be used (PostgreSQL unreachable or shutting down, connections cut,
// the pool exhausted; SQLite busy past its timeout, read-only, full or failing I/O) from every
// other error, so callers can answer 503 instead of 500 and the client knows to retry.

// Prisma's own codes: unreachable, timed out, server closed the connection, pool timeout.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// Driver adapter error kinds (@prisma/driver-adapter-utils) that say the same.
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "TooManyConnections",
  "SocketTimeout",
]);
// Node socket errors from `pg` before Prisma wraps them.
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
]);
// PostgreSQL SQLSTATE classes 08 (connection exception), 57P (operator intervention), 53 (resources).
const POSTGRES_STATE = /^(08|57P|53)/;
// SQLite primary result codes: BUSY, READONLY, IOERR, FULL, CANTOPEN.
const SQLITE_PRIMARY = new Set([5, 8, 10, 13, 14]);
const SQLITE_NAME = /^SQLITE_(BUSY|READONLY|IOERR|FULL|CANTOPEN)/;
// pg's messages for a socket that ended or a connect that timed out carry no code.
const PG_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Connection ended/i;

// Prisma's P2028 is any transaction error; only this one says the database is overloaded.
const NO_TRANSACTION = /Unable to start a transaction in the given time/;

type Shape = {
  code?: unknown;
  kind?: unknown;
  extendedCode?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
  name?: unknown;
};

function matches(value: Shape): boolean {
  const { code, kind, extendedCode, message, name } = value;
  if (name === "PrismaClientInitializationError") return true;
  if (code === "P2028" && typeof message === "string" && NO_TRANSACTION.test(message)) return true;
  if (typeof code === "string") {
    if (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || SQLITE_NAME.test(code)) return true;
    if (kind === "postgres" && POSTGRES_STATE.test(code)) return true;
  }
  if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
  if (kind === "sqlite" && typeof extendedCode === "number") {
    return SQLITE_PRIMARY.has(extendedCode & 0xff);
  }
  return typeof message === "string" && PG_MESSAGE.test(message) && !("kind" in value);
}

/** True when `error` (or anything in its cause chain) says the database cannot be used now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const value = queue.shift();
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    const shape = value as Shape;
    if (matches(shape)) return true;
    queue.push(shape.cause, shape.meta?.driverAdapterError);
  }
  return false;
}

/** How long a client should wait before retrying an answer refused for the database. */
export const RETRY_AFTER_SECONDS = 5;

/** One log line, not a stack per request, while the database is away (it is not a bug of ours). */
export function logDatabaseUnavailable(error: unknown): void {
  console.error(
    `Database unavailable: ${String((error as Error)?.message)
      .split("\n")
      .at(-1)}`,
  );
}
