import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./unavailable";

const prismaError = (code: string, cause?: unknown) =>
  Object.assign(new Error("Invalid `db.user.count()` invocation"), {
    name: "PrismaClientKnownRequestError",
    code,
    meta: cause ? { driverAdapterError: { name: "DriverAdapterError", cause } } : undefined,
  });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["PostgreSQL unreachable", prismaError("P1001", { kind: "DatabaseNotReachable" })],
    ["pool timeout", prismaError("P2024")],
    [
      "no transaction slot in time",
      Object.assign(
        new Error("Transaction API error: Unable to start a transaction in the given time."),
        { code: "P2028" },
      ),
    ],
    ["a socket pg saw end", new Error("Connection terminated unexpectedly")],
    ["a refused connect", Object.assign(new Error("connect"), { code: "ECONNREFUSED" })],
    ["the server shutting down", { kind: "postgres", code: "57P01", message: "terminating" }],
    ["SQLite busy past its timeout", { kind: "sqlite", extendedCode: 5, message: "busy" }],
    ["SQLite read-only", { kind: "sqlite", extendedCode: 1032, message: "readonly" }],
    ["SQLite full", Object.assign(new Error("full"), { code: "SQLITE_FULL" })],
    ["wrapped as a cause", new Error("outer", { cause: new Error("Connection terminated") })],
    [
      "Prisma failing to start",
      Object.assign(new Error("x"), { name: "PrismaClientInitializationError" }),
    ],
  ])("recognises %s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", prismaError("P2002", { kind: "UniqueConstraintViolation" })],
    [
      "a transaction that timed out",
      Object.assign(new Error("Transaction already closed"), { code: "P2028" }),
    ],
    ["a PostgreSQL syntax error", { kind: "postgres", code: "42601", message: "syntax" }],
    ["a SQLite constraint", { kind: "sqlite", extendedCode: 2067, message: "unique" }],
    ["a plain bug", new TypeError("cannot read properties of undefined")],
    ["a string", "Connection terminated"],
    ["nothing", undefined],
  ])("leaves %s to the generic 500", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("survives a cause cycle", () => {
    const a: { cause?: unknown } = {};
    a.cause = { cause: a };
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});
