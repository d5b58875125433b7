// The operator CLI, run as a real process against the test database.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { migrateTestDatabase } from "../helpers/experience";

beforeAll(migrateTestDatabase);

const root = path.resolve(import.meta.dirname, "../..");

function cli(args: string[], input = "", env: Record<string, string> = {}) {
  const result = spawnSync(
    path.join(root, "node_modules/.bin/tsx"),
    [path.join(root, "scripts/cli.ts"), ...args],
    {
      cwd: root,
      input,
      encoding: "utf8",
      env: { ...process.env, ...env },
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("cli", () => {
  it("admin create reads the password from stdin", async () => {
    const result = cli(
      ["admin", "create", "--username", "ops_admin"],
      "a-long-operator-passphrase\n",
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const admin = await getDb().user.findUniqueOrThrow({ where: { username: "ops_admin" } });
    expect(admin.role).toBe("admin");
  });

  it("admin create refuses a common password and writes nothing", async () => {
    const before = await getDb().user.count();
    const result = cli(["admin", "create", "--username", "weak_admin"], "password1\n");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("password.too_common");
    expect(await getDb().user.count()).toBe(before);
  });

  it("status reports the database and counts", () => {
    const result = cli(["status"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Users:\s+\d+ \(\d+ admin\)/);
  });

  it("stops with one line naming a bad variable", () => {
    const result = cli(["check-config"], "", { PORT: "not-a-port" });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("PORT");
  });

  it("prints usage for an unknown command", () => {
    const result = cli(["frobnicate"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Usage");
  });

  it("preflight makes the signing keys and the demo app once; keys rotate adds a generation", async () => {
    expect(cli(["preflight"]).code).toBe(0);
    expect(cli(["preflight"]).code).toBe(0);
    expect(await getDb().signingKey.count()).toBe(2);
    expect(await getDb().application.count({ where: { id: "twofold-demo" } })).toBe(1);
    const rotated = cli(["keys", "rotate"]);
    expect(rotated.code).toBe(0);
    expect(rotated.stdout).toContain("the previous keys stay published");
    const keys = await getDb().signingKey.findMany({ orderBy: { generation: "asc" } });
    expect(keys.map((k) => `${k.alg}:${k.generation}`).sort()).toEqual([
      "ES256:1",
      "ES256:2",
      "RS256:1",
      "RS256:2",
    ]);
    const event = await getDb().auditEvent.findFirst({
      where: { type: "oidc.signing_key_rotated" },
    });
    expect(event?.actorId).toBe("cli");
  });
});
