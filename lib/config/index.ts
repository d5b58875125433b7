// Reads and validates the environment once. A bad value throws a ConfigError whose message
// names the variable, so start-up can stop with one clear line.

import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = "ConfigError";
  }
}

export type Dialect = "sqlite" | "postgresql";

export type Config = {
  dataDir: string;
  databaseUrl: string;
  dialect: Dialect;
  publicUrl: URL;
  /** Origin of the public URL, the only Origin accepted on cookie-authenticated writes. */
  origin: string;
  /** WebAuthn relying-party id: the public URL's host name. */
  rpId: string;
  secureCookies: boolean;
  secret: Buffer;
  port: number;
  /** How many reverse proxies in front may be believed about the client IP (X-Forwarded-For). */
  trustProxy: number;
  /** Username/email availability checks allowed per client IP per hour at registration. */
  identifierChecksPerHour: number;
  /** Cheap argon2 parameters; set only by the test harness. */
  fastHash: boolean;
};

const MIN_SECRET_BYTES = 32;

export function parseDatabaseUrl(raw: string | undefined, dataDir: string) {
  const value = raw?.trim() || `file:${path.join(dataDir, "twofold.db")}`;
  if (/^postgres(ql)?:\/\//.test(value)) {
    if (!URL.canParse(value) || !new URL(value).hostname) {
      throw new ConfigError("DATABASE_URL", "is not a valid PostgreSQL connection URL (no host)");
    }
    return { databaseUrl: value, dialect: "postgresql" as const };
  }
  if (value.startsWith("file:") && value.length > "file:".length) {
    return { databaseUrl: value, dialect: "sqlite" as const };
  }
  throw new ConfigError(
    "DATABASE_URL",
    "must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL)",
  );
}

export function parsePublicUrl(raw: string | undefined): URL {
  const value = raw?.trim() || "http://localhost:3000";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError("TWOFOLD_PUBLIC_URL", `is not a valid URL: ${JSON.stringify(value)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError("TWOFOLD_PUBLIC_URL", "must use http:// or https://");
  }
  if (url.pathname !== "/" || url.search || url.hash || url.username) {
    throw new ConfigError(
      "TWOFOLD_PUBLIC_URL",
      "must be an origin without path, query or credentials",
    );
  }
  return url;
}

export function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === "") return 3000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(
      "PORT",
      `must be a whole number from 1 to 65535, got ${JSON.stringify(raw)}`,
    );
  }
  return port;
}

/** 0 (the default) ignores X-Forwarded-For: anyone can send it when no proxy overwrites it. */
export function parseTrustProxy(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === "") return 0;
  const hops = Number(raw);
  if (!/^\s*\d+\s*$/.test(raw) || !Number.isSafeInteger(hops)) {
    throw new ConfigError(
      "TWOFOLD_TRUST_PROXY",
      `must be the number of reverse proxies in front (0 or more), got ${JSON.stringify(raw)}`,
    );
  }
  return hops;
}

/** A whole number of at least 1; 30 when unset (registration's name checks per IP per hour). */
export function parseIdentifierChecks(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === "") return 30;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new ConfigError(
      "TWOFOLD_IDENTIFIER_CHECKS_PER_HOUR",
      `must be a whole number of at least 1, got ${JSON.stringify(raw)}`,
    );
  }
  return value;
}

/** Uses TWOFOLD_SECRET, or the key in <dataDir>/secret.key, generating it (mode 0600) once. */
export function loadSecret(raw: string | undefined, dataDir: string): Buffer {
  if (raw !== undefined && raw !== "") {
    const secret = Buffer.from(raw, "utf8");
    if (secret.length < MIN_SECRET_BYTES) {
      throw new ConfigError("TWOFOLD_SECRET", `must be at least ${MIN_SECRET_BYTES} bytes long`);
    }
    return secret;
  }
  const file = path.join(dataDir, "secret.key");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, `${randomBytes(32).toString("hex")}\n`, { mode: 0o600, flag: "wx" });
    chmodSync(file, 0o600);
  }
  const stored = readFileSync(file, "utf8").trim();
  if (Buffer.byteLength(stored) < MIN_SECRET_BYTES) {
    throw new ConfigError("TWOFOLD_SECRET", `${file} holds fewer than ${MIN_SECRET_BYTES} bytes`);
  }
  return Buffer.from(stored, "utf8");
}

export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const dataDir = path.resolve(/*turbopackIgnore: true*/ env.TWOFOLD_DATA_DIR?.trim() || "data");
  const { databaseUrl, dialect } = parseDatabaseUrl(env.DATABASE_URL, dataDir);
  const publicUrl = parsePublicUrl(env.TWOFOLD_PUBLIC_URL);
  return {
    dataDir,
    databaseUrl,
    dialect,
    publicUrl,
    origin: publicUrl.origin,
    rpId: publicUrl.hostname,
    secureCookies: publicUrl.protocol === "https:",
    secret: loadSecret(env.TWOFOLD_SECRET, dataDir),
    port: parsePort(env.PORT),
    trustProxy: parseTrustProxy(env.TWOFOLD_TRUST_PROXY),
    identifierChecksPerHour: parseIdentifierChecks(env.TWOFOLD_IDENTIFIER_CHECKS_PER_HOUR),
    fastHash: env.TWOFOLD_FAST_HASH === "1" && env.NODE_ENV !== "production",
  };
}

let cached: Config | undefined;

export function getConfig(): Config {
  cached ??= readConfig();
  return cached;
}
