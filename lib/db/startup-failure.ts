// What an operator reads when the database cannot be used at start: one sentence naming the
// file or server and what to do, instead of a driver's message or a stack trace.
import { accessSync, constants, statfsSync } from "node:fs";
import path from "node:path";
import type { Config } from "@/lib/config";
import { postgresTarget, sqliteFile } from "./client";

type Failure = { code?: unknown; path?: unknown; message?: unknown; cause?: unknown };

const READ_ONLY = /^(SQLITE_READONLY|EROFS|EACCES|EPERM)/;
const FULL = /^(SQLITE_FULL|ENOSPC|EDQUOT)/;
// SQLite reports a full disk as an I/O error when it cannot grow its shared-memory file.
const IO = /^(SQLITE_IOERR|EIO)/;

function diskFull(file: string): boolean {
  try {
    return statfsSync(path.dirname(file)).bavail === 0;
  } catch {
    return false;
  }
}

function codes(error: unknown): string[] {
  const found: string[] = [];
  for (let value = error, depth = 0; value && depth < 5; depth += 1) {
    const { code, cause } = value as Failure;
    if (typeof code === "string") found.push(code);
    value = cause;
  }
  return found;
}

/** SQLite cannot open a WAL database whose folder it may not write to: it says CANTOPEN. */
function readOnlyFolder(file: string): boolean {
  try {
    accessSync(path.dirname(file), constants.W_OK);
    return false;
  } catch (error) {
    return READ_ONLY.test(String((error as Failure).code));
  }
}

/** A clear line for a storage or connection failure at start, or undefined for anything else. */
export function describeStartupFailure(
  error: unknown,
  config?: Pick<Config, "databaseUrl" | "dialect">,
): string | undefined {
  const found = codes(error);
  const where = (error as Failure)?.path;
  if (!config || config.dialect === "sqlite") {
    // A file system error names its file; SQLite's do not, so they name the database's.
    const file = typeof where === "string" ? where : config && sqliteFile(config.databaseUrl);
    if (!file) return undefined;
    const cantOpen = found.some((c) => c.startsWith("SQLITE_CANTOPEN") || c === "ENOENT");
    if (found.some((c) => READ_ONLY.test(c)) || (cantOpen && readOnlyFolder(file))) {
      return `${file} is read-only (or on a read-only file system): Twofold needs to write there. Give the server's user write access to it and its folder, or point DATABASE_URL / TWOFOLD_DATA_DIR elsewhere.`;
    }
    const io = found.some((c) => IO.test(c));
    if (found.some((c) => FULL.test(c)) || (io && diskFull(file))) {
      return `The disk holding ${file} is full: Twofold cannot write there. Free some space and start again.`;
    }
    if (io) {
      return `Twofold cannot write to ${file} (disk I/O error): check the disk it is on.`;
    }
    if (cantOpen) {
      return `Cannot create or open ${file}: check that its folder exists and the server may write there.`;
    }
    return undefined;
  }
  if (found.some((c) => /^(ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EAI_AGAIN)/.test(c))) {
    const { host, port } = new URL(postgresTarget(config.databaseUrl).connectionString);
    return `PostgreSQL at ${host || "localhost"}:${port || 5432} is unreachable (${found[0]}): start it or fix DATABASE_URL.`;
  }
  return undefined;
}
