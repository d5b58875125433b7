// Gives V8's heap back after a burst of requests. V8's regular full GCs compact only its most
// fragmented pages, and its memory reducer waits for a low allocation rate that an idle process
// seldom reports: after `npm run bench`'s load the server held 77 MB of heap for 53 MB live,
// 20 s later as at once. So once requests pause, one full GC that compacts every page runs, and
// only when the heap grew since the last one: a trickle of requests does not pay for it again.
import v8 from "node:v8";
import { runInNewContext } from "node:vm";

export type IdleCompactionOptions = {
  /** How long without a request counts as a pause. */
  idleMs?: number;
  /** Growth of the heap since the last compaction below which a pause does nothing. */
  minGrowthBytes?: number;
  /** The heap's committed size now. */
  heapBytes?: () => number;
  /** Runs the compacting collection. */
  compact?: () => void;
  now?: () => number;
};

export type IdleCompaction = {
  /** Called on every request: cheap (a clock read), the timer is armed once per pause. */
  touch(): void;
  stop(): void;
};

const heapBytes = () => v8.getHeapStatistics().total_heap_size;

let collect: (() => void) | undefined;
/**
 * V8's collector, fetched through a new context so that `gc` never becomes a global of the
 * app's code, and the flag set back at once. Compaction of every page is asked for this one
 * collection only: the GCs under load keep V8's cheaper choice of pages.
 */
function compactHeap() {
  if (!collect) {
    v8.setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as () => void;
    v8.setFlagsFromString("--no-expose-gc");
  }
  v8.setFlagsFromString("--compact-on-every-full-gc");
  try {
    collect();
  } finally {
    v8.setFlagsFromString("--no-compact-on-every-full-gc");
  }
}

export function idleCompaction(options: IdleCompactionOptions = {}): IdleCompaction {
  const idleMs = options.idleMs ?? 5000;
  const minGrowth = options.minGrowthBytes ?? 8 * 1024 * 1024;
  const size = options.heapBytes ?? heapBytes;
  const compact = options.compact ?? compactHeap;
  const now = options.now ?? performance.now.bind(performance);
  let baseline = size();
  let lastRequest = now();
  let timer: NodeJS.Timeout | undefined;

  const check = () => {
    timer = undefined;
    const quiet = now() - lastRequest;
    if (quiet < idleMs) {
      arm(idleMs - quiet);
      return;
    }
    if (size() - baseline < minGrowth) return;
    compact();
    baseline = size();
  };
  const arm = (delay: number) => {
    timer = setTimeout(check, delay);
    // A pending compaction never keeps the process alive.
    timer.unref();
  };

  return {
    touch() {
      lastRequest = now();
      if (!timer) arm(idleMs);
    },
    stop() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
