// A read-only or full disk under the SQLite database stops `npm start` with one clear sentence,
// not a stack trace, and before the server listens. Both conditions are real: a small tmpfs
// mounted for the test, remounted read-only or filled to the last block (the tests run as root,
// for whom chmod would not make a file read-only; mounting needs CAP_SYS_ADMIN, which CI has).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { Instance } from "./support/instance";

const mounts: string[] = [];
afterEach(() => {
  for (const dir of mounts.splice(0)) {
    execFileSync("umount", [dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});

function smallDisk(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "twofold-disk-"));
  execFileSync("mount", ["-t", "tmpfs", "-o", "size=4m", "tmpfs", dir]);
  mounts.push(dir);
  return dir;
}

/** Fills the file system holding `dir` until a write fails with ENOSPC. */
function fill(dir: string) {
  try {
    writeFileSync(path.join(dir, "filler"), Buffer.alloc(8 * 1024 * 1024));
  } catch (error) {
    expect((error as { code?: string }).code).toBe("ENOSPC");
  }
}

/** Starts through scripts/start.mjs and returns what it printed before exiting. */
async function failedStart(databaseUrl: string): Promise<string> {
  const server = new Instance({ name: "server", databaseUrl });
  try {
    await server.start();
  } catch (error) {
    return (error as Error).message;
  } finally {
    await server.dispose();
  }
  throw new Error("the server started on a disk it cannot write to");
}

function expectOneClearLine(output: string, pattern: RegExp) {
  expect(output).toMatch(pattern);
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toContain("Ready on port");
}

describe("the database's disk at start", () => {
  it("read-only: names the file and what to do", async () => {
    const dir = smallDisk();
    const url = `file:${path.join(dir, "twofold.db")}`;
    await migrate({ databaseUrl: url, dialect: "sqlite" });
    execFileSync("mount", ["-o", "remount,ro", dir]);
    const output = await failedStart(url);
    expectOneClearLine(output, /Error: \S+twofold\.db is read-only .*write access/);
  });

  it("full, with an existing database: says the disk is full", async () => {
    const dir = smallDisk();
    const url = `file:${path.join(dir, "twofold.db")}`;
    await migrate({ databaseUrl: url, dialect: "sqlite" });
    fill(dir);
    const output = await failedStart(url);
    expectOneClearLine(output, /Error: The disk holding \S+twofold\.db is full/);
  });

  it("full, before the first start: says the disk is full", async () => {
    const dir = smallDisk();
    fill(dir);
    const output = await failedStart(`file:${path.join(dir, "twofold.db")}`);
    expectOneClearLine(output, /Error: The disk holding \S+twofold\.db is full/);
  });
});
