import { spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const preload = path.join(import.meta.dirname, "threadpool.cjs");

/** Starts node with the preload, fills its pool with work, and reports size and thread count. */
function run(env: Record<string, string>, withPreload = true) {
  const script = `
    const { pbkdf2 } = require("node:crypto");
    Promise.all(Array.from({ length: 16 }, () => new Promise((r) => pbkdf2("a", "b", 2000, 32, "sha256", r))))
      .then(() => console.log(JSON.stringify({
        size: process.env.UV_THREADPOOL_SIZE ?? null,
        threads: require("node:fs").readdirSync("/proc/self/task").length,
      })));`;
  const { UV_THREADPOOL_SIZE: _, ...rest } = process.env;
  const args = withPreload ? ["--require", preload, "-e", script] : ["-e", script];
  const result = spawnSync(process.execPath, args, { env: { ...rest, ...env }, encoding: "utf8" });
  expect(result.stderr).toBe("");
  return JSON.parse(result.stdout) as { size: string | null; threads: number };
}

describe.runIf(process.platform === "linux")("the server's thread pool", () => {
  it("has one thread per core unless the operator sized it", () => {
    const cores = availableParallelism();
    const preloaded = run({});
    expect(preloaded.size).toBe(String(cores));
    // The pool really has that size: as many threads as a process told the same size itself.
    expect(preloaded.threads).toBe(run({ UV_THREADPOOL_SIZE: String(cores) }, false).threads);
    expect(run({}, false).threads - preloaded.threads).toBe(4 - cores);
  });

  it("keeps the operator's size", () => {
    const sized = run({ UV_THREADPOOL_SIZE: "7" });
    expect(sized.size).toBe("7");
    expect(sized.threads).toBe(run({ UV_THREADPOOL_SIZE: "7" }, false).threads);
  });
});
