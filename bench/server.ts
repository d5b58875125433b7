// Starts the app as an operator would (`npm start`, production build) on a throwaway data dir or
// PostgreSQL schema, and measures the resident memory of everything that leaves running.
import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

export type AppServer = { url: string; env: NodeJS.ProcessEnv; child: ChildProcess; log: string[] };

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
    ? [process.execPath, ["--cpu-prof", `--cpu-prof-dir=${profileDir}`, "scripts/start.mjs"]]
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

/** Resident memory (MB) of the process and all its descendants, from /proc. */
export function treeRssMb(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command name (which may hold spaces) start after the last ")".
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ppid = Number(fields[1]);
      const pages = Number(fields[21]);
      const pid = Number(entry);
      rss.set(pid, pages * 4096);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const visit = (pid: number) => {
    total += rss.get(pid) ?? 0;
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(rootPid);
  return total / 1024 / 1024;
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
