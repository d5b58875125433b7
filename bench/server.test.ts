// The benchmark's memory figures: a process tree's resident pages, each counted once.
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { treeResidentMb, treeRssMb } from "./server";

const root = process.getuid?.() === 0;
let child: ReturnType<typeof spawn>;

beforeAll(async () => {
  // A second node process under this one: both map the same executable.
  child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
  await new Promise((resolve) => child.once("spawn", resolve));
  await new Promise((resolve) => setTimeout(resolve, 300));
});
afterAll(() => void child.kill());

describe("treeResidentMb", () => {
  it("counts pages two processes share once, and every process's own (as root; else nothing)", () => {
    if (!root) {
      // Page frame numbers are root's to read: without them there is no figure.
      expect(treeResidentMb(process.pid)).toBeUndefined();
      return;
    }
    const sum = treeRssMb(process.pid);
    const resident = treeResidentMb(process.pid) as number;
    const childAlone = treeRssMb(child.pid as number);
    const parentAlone = sum - childAlone;
    // The child's share of the executable and libraries is counted once, with the parent's.
    expect(resident).toBeLessThan(sum - 5);
    // Nothing either process holds is left out (a few pages may come and go between reads).
    expect(resident).toBeGreaterThan(Math.max(parentAlone, childAlone) - 2);
  });
});
