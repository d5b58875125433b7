// Starts the app as an operator would (`npm start`, production build) on a throwaway data dir or
// PostgreSQL schema, and measures the resident memory of everything that leaves running.
import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync } from "node:fs";
import path from "node:path";

export type AppServer = { url: string; env: NodeJS.ProcessEnv; child: ChildProcess; log: string[] };

/**
 * The node arguments that size the thread pool as `npm start` does (scripts/threadpool.cjs), for
 * what the bench starts without npm; none for a checkout from before that file.
 */
export function threadpoolPreload(root: string): string[] {
  const pool = path.join(root, "scripts", "threadpool.cjs");
  return existsSync(pool) ? ["--require", pool] : [];
}

/** `profileDir`: runs scripts/start.mjs under `node --cpu-prof` instead (npm cannot pass it on). */
export async function startApp(
  root: string,
  env: Record<string, string>,
  port: number,
  profileDir?: string,
) {
  const url = `http://localhost:${port}`;
  const full = { ...process.env, ...env, PORT: String(port), TWOFOLD_PUBLIC_URL: url };
  // Its own process group, so stopping it ends npm, the shell and node together.
  const [command, args] = profileDir
    ? [
        process.execPath,
        [
          ...threadpoolPreload(root),
          "--cpu-prof",
          `--cpu-prof-dir=${profileDir}`,
          "scripts/start.mjs",
        ],
      ]
    : ["npm", ["start", "--silent"]];
  const child = spawn(command, args, { cwd: root, env: full, detached: true });
  const log: string[] = [];
  child.stdout?.on("data", (d: Buffer) => log.push(d.toString()));
  child.stderr?.on("data", (d: Buffer) => log.push(d.toString()));
  const server: AppServer = { url, env: full, child, log };
  // However the bench ends (Ctrl-C, a closed pipe, an error), the server goes with it.
  const stop = () => {
    try {
      if (child.exitCode === null && child.pid) process.kill(-child.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  };
  process.once("exit", stop);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      stop();
      process.exit(130);
    });
  }
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${log.join("")}`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return server;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not answer within 3 minutes:\n${log.join("")}`);
}

export async function stopApp(server: AppServer) {
  const pid = server.child.pid;
  if (!pid || server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  process.kill(-pid, "SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (server.child.exitCode === null) process.kill(-pid, "SIGKILL");
}

const PAGE = 4096;

/** The process and all its descendants, from /proc: each pid with its stat fields. */
function tree(rootPid: number): { pid: number; fields: string[] }[] {
  const children = new Map<number, number[]>();
  const stats = new Map<number, string[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command name (which may hold spaces) start after the last ")".
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ppid = Number(fields[1]);
      stats.set(Number(entry), fields);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const found: { pid: number; fields: string[] }[] = [];
  const visit = (pid: number) => {
    found.push({ pid, fields: stats.get(pid) ?? [] });
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(rootPid);
  return found;
}

/** The sum of each process's resident memory (MB): pages two processes share count twice. */
export function treeRssMb(rootPid: number): number {
  let pages = 0;
  for (const { fields } of tree(rootPid)) pages += Number(fields[21] ?? 0);
  return (pages * PAGE) / 1024 / 1024;
}

const PRESENT = 1n << 63n;
const FRAME = (1n << 55n) - 1n;

/**
 * The memory the tree holds resident on the machine (MB): each physical page once, however many
 * of its processes map it. `npm start` leaves npm waiting on the server, and both map the same
 * node executable: its pages are resident once, while a sum of RSS counts them twice (about
 * 45 MB). Read from /proc/PID/pagemap, whose page frame numbers need root; without them,
 * undefined.
 */
export function treeResidentMb(rootPid: number): number | undefined {
  const frames = new Set<bigint>();
  for (const { pid } of tree(rootPid)) {
    let maps: string;
    let fd: number;
    try {
      maps = readFileSync(`/proc/${pid}/smaps`, "utf8");
      fd = openSync(`/proc/${pid}/pagemap`, "r");
    } catch {
      continue;
    }
    try {
      let range: [number, number] | undefined;
      for (const line of maps.split("\n")) {
        const head = /^([0-9a-f]+)-([0-9a-f]+) /.exec(line);
        if (head) {
          range = [Number.parseInt(head[1] as string, 16), Number.parseInt(head[2] as string, 16)];
          continue;
        }
        // Only mappings with resident pages are read.
        if (!range || !line.startsWith("Rss:") || / 0 kB/.test(line)) continue;
        const [start, end] = range;
        const count = (end - start) / PAGE;
        const entries = new BigUint64Array(count);
        readSync(fd, entries, 0, count * 8, (start / PAGE) * 8);
        for (const entry of entries) {
          if (!(entry & PRESENT)) continue;
          const frame = entry & FRAME;
          // Present but no frame number: this user may not read them.
          if (frame === 0n) return undefined;
          frames.add(frame);
        }
      }
    } catch {
      // The process ended while we looked.
    } finally {
      closeSync(fd);
    }
  }
  return (frames.size * PAGE) / 1024 / 1024;
}

/** Samples the tree's RSS every 200 ms until stopped; returns the peak. */
export function sampleRss(rootPid: number) {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssMb(rootPid));
  }, 200);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, treeRssMb(rootPid));
    },
  };
}
