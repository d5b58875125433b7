import { mkdtempSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, readConfig } from "./index";

const dataDir = () => mkdtempSync(path.join(os.tmpdir(), "twofold-config-"));
const SECRET = "s".repeat(32);

function errorOf(env: Record<string, string>): ConfigError {
  try {
    readConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("readConfig", () => {
  it("defaults to SQLite in the data dir, localhost:3000 and port 3000", () => {
    const dir = dataDir();
    const config = readConfig({ TWOFOLD_DATA_DIR: dir, TWOFOLD_SECRET: SECRET });
    expect(config.dialect).toBe("sqlite");
    expect(config.databaseUrl).toBe(`file:${path.join(dir, "twofold.db")}`);
    expect(config.origin).toBe("http://localhost:3000");
    expect(config.rpId).toBe("localhost");
    expect(config.port).toBe(3000);
    expect(config.secureCookies).toBe(false);
    expect(config.trustProxy).toBe(0);
  });

  it("reads the number of trusted proxy hops", () => {
    const base = { TWOFOLD_SECRET: SECRET, TWOFOLD_DATA_DIR: dataDir() };
    expect(readConfig({ ...base, TWOFOLD_TRUST_PROXY: "" }).trustProxy).toBe(0);
    expect(readConfig({ ...base, TWOFOLD_TRUST_PROXY: "0" }).trustProxy).toBe(0);
    expect(readConfig({ ...base, TWOFOLD_TRUST_PROXY: " 2 " }).trustProxy).toBe(2);
  });

  it("chooses PostgreSQL from a postgres:// or postgresql:// URL", () => {
    for (const url of ["postgres://u@h/db", "postgresql://u@h:5432/db?schema=x"]) {
      expect(
        readConfig({ DATABASE_URL: url, TWOFOLD_SECRET: SECRET, TWOFOLD_DATA_DIR: dataDir() })
          .dialect,
      ).toBe("postgresql");
    }
  });

  it("uses https cookies and the host as RP ID for an https public URL", () => {
    const config = readConfig({
      TWOFOLD_PUBLIC_URL: "https://id.example.com",
      TWOFOLD_SECRET: SECRET,
      TWOFOLD_DATA_DIR: dataDir(),
    });
    expect(config.secureCookies).toBe(true);
    expect(config.rpId).toBe("id.example.com");
  });

  it.each([
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ DATABASE_URL: "postgres://" }, "DATABASE_URL"],
    [{ TWOFOLD_PUBLIC_URL: "not a url" }, "TWOFOLD_PUBLIC_URL"],
    [{ TWOFOLD_PUBLIC_URL: "ftp://example.com" }, "TWOFOLD_PUBLIC_URL"],
    [{ TWOFOLD_PUBLIC_URL: "https://example.com/auth" }, "TWOFOLD_PUBLIC_URL"],
    [{ TWOFOLD_SECRET: "too-short" }, "TWOFOLD_SECRET"],
    [{ PORT: "abc" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ PORT: "0" }, "PORT"],
    [{ TWOFOLD_TRUST_PROXY: "true" }, "TWOFOLD_TRUST_PROXY"],
    [{ TWOFOLD_TRUST_PROXY: "-1" }, "TWOFOLD_TRUST_PROXY"],
    [{ TWOFOLD_TRUST_PROXY: "1.5" }, "TWOFOLD_TRUST_PROXY"],
    [{ TWOFOLD_TRUST_PROXY: "1e3" }, "TWOFOLD_TRUST_PROXY"],
    [{ TWOFOLD_TRUST_PROXY: "10.0.0.1" }, "TWOFOLD_TRUST_PROXY"],
  ])("rejects %o naming %s", (env, variable) => {
    const error = errorOf({ TWOFOLD_SECRET: SECRET, TWOFOLD_DATA_DIR: dataDir(), ...env });
    expect(error.variable).toBe(variable);
    expect(error.message.startsWith(`${variable}:`)).toBe(true);
    expect(error.message).not.toContain("\n");
  });

  it("generates a secret into the data dir with mode 0600 once, then reuses it", () => {
    const dir = dataDir();
    const first = readConfig({ TWOFOLD_DATA_DIR: dir });
    const file = path.join(dir, "secret.key");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(first.secret.length).toBeGreaterThanOrEqual(32);
    expect(readConfig({ TWOFOLD_DATA_DIR: dir }).secret.equals(first.secret)).toBe(true);
    expect(readFileSync(file, "utf8").trim()).toMatch(/^[0-9a-f]{64}$/);
  });

  it("allows 30 identifier checks per IP and hour unless told otherwise, refusing nonsense", () => {
    const base = { TWOFOLD_SECRET: SECRET, TWOFOLD_DATA_DIR: dataDir() };
    expect(readConfig(base).identifierChecksPerHour).toBe(30);
    expect(
      readConfig({ ...base, TWOFOLD_IDENTIFIER_CHECKS_PER_HOUR: "500" }).identifierChecksPerHour,
    ).toBe(500);
    for (const bad of ["0", "-3", "2.5", "lots"]) {
      expect(errorOf({ ...base, TWOFOLD_IDENTIFIER_CHECKS_PER_HOUR: bad }).variable).toBe(
        "TWOFOLD_IDENTIFIER_CHECKS_PER_HOUR",
      );
    }
  });

  it("allows cheap hashing only outside production", () => {
    const base = { TWOFOLD_SECRET: SECRET, TWOFOLD_DATA_DIR: dataDir(), TWOFOLD_FAST_HASH: "1" };
    expect(readConfig({ ...base, NODE_ENV: "test" }).fastHash).toBe(true);
    expect(readConfig({ ...base, NODE_ENV: "production" }).fastHash).toBe(false);
  });
});
