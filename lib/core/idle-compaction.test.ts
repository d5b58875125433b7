import v8 from "node:v8";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { idleCompaction } from "./idle-compaction";

const MB = 1024 * 1024;

describe("idleCompaction", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(startBytes = 30 * MB) {
    const heap = { bytes: startBytes };
    const compact = vi.fn(() => {
      heap.bytes = 40 * MB;
    });
    const idle = idleCompaction({
      idleMs: 1000,
      minGrowthBytes: 8 * MB,
      heapBytes: () => heap.bytes,
      compact,
      now: () => Date.now(),
    });
    return { heap, compact, idle };
  }

  it("compacts once requests pause, not while they keep coming", () => {
    const { heap, compact, idle } = setup();
    heap.bytes = 70 * MB;
    for (let i = 0; i < 10; i++) {
      idle.touch();
      vi.advanceTimersByTime(500);
    }
    expect(compact).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(compact).toHaveBeenCalledTimes(1);
    idle.stop();
  });

  it("does nothing when the heap did not grow since the last compaction", () => {
    const { heap, compact, idle } = setup();
    heap.bytes = 70 * MB;
    idle.touch();
    vi.advanceTimersByTime(1000);
    expect(compact).toHaveBeenCalledTimes(1);
    // A trickle after it: the heap stays within the threshold, so no second collection.
    heap.bytes = 45 * MB;
    idle.touch();
    vi.advanceTimersByTime(5000);
    expect(compact).toHaveBeenCalledTimes(1);
    heap.bytes = 49 * MB;
    idle.touch();
    vi.advanceTimersByTime(1000);
    expect(compact).toHaveBeenCalledTimes(2);
    idle.stop();
  });

  it("arms nothing before the first request and nothing after stop", () => {
    const { heap, compact, idle } = setup();
    heap.bytes = 90 * MB;
    vi.advanceTimersByTime(10_000);
    expect(compact).not.toHaveBeenCalled();
    idle.touch();
    idle.stop();
    vi.advanceTimersByTime(10_000);
    expect(compact).not.toHaveBeenCalled();
  });
});

describe("the default compaction", () => {
  it("gives back pages that survivors are spread over, and leaves no gc global behind", async () => {
    vi.useRealTimers();
    const idle = idleCompaction({ idleMs: 1, minGrowthBytes: 0 });
    // One object in ten survives, on every page: a full GC alone frees little of it.
    const kept: object[] = [];
    let garbage: object[] = [];
    for (let i = 0; i < 600_000; i++) {
      const item = { i, s: `x${i}`, pair: [i, i + 1] };
      garbage.push(item);
      if (i % 10 === 0) kept.push(item);
    }
    garbage = [];
    const before = v8.getHeapStatistics().total_heap_size;
    idle.touch();
    await new Promise((resolve) => setTimeout(resolve, 50));
    idle.stop();
    const after = v8.getHeapStatistics().total_heap_size;
    expect(after).toBeLessThan(before - 20 * MB);
    expect(kept).toHaveLength(60_000);
    expect(garbage).toHaveLength(0);
    expect("gc" in globalThis).toBe(false);
  });
});
