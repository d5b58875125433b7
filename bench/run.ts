// `npm run bench`: the DESIGN.md §8 budgets, measured in one run. Builds if needed, starts the
// production server on a throwaway SQLite data dir and on a fresh PostgreSQL schema, seeds them
// (not timed), and measures each budget beside its reference from the same run: the two sides of
// a ratio alternate over three rounds and the table shows the median ratio. Prints a table
// and writes bench/results.json. Options: --quick (shorter runs), --only sqlite|postgresql,
// --seconds N, --connections N, --no-pages, --app DIR (another checkout's build, e.g. the
// previous commit's, for before/after), --profile DIR (the server writes CPU profiles there),
// --node-options "…" (NODE_OPTIONS for the server, e.g. heap flags to compare), --pages (only
// the first-load JavaScript rows, on SQLite, in about a minute).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { type LoadResult, runScenario, type Scenario } from "./load";
import { issueCodes, issueRefreshTokens, registerApp } from "./oidc";
import { type PageCookie, scriptBytes, serveEmptyApp } from "./page-js";
import {
  codeExchangeScenario,
  healthScenario,
  type OidcClient,
  passkeyScenario,
  refreshScenario,
  signInScenario,
  totpScenario,
} from "./scenarios";
import type { SeedCounts, Seeded } from "./seed";
import {
  type AppServer,
  sampleRss,
  startApp,
  stopApp,
  threadpoolPreload,
  treeResidentMb,
  treeRssMb,
} from "./server";

const root = path.resolve(import.meta.dirname, "..");

const { values: args } = parseArgs({
  options: {
    quick: { type: "boolean" },
    only: { type: "string" },
    seconds: { type: "string" },
    connections: { type: "string" },
    "no-pages": { type: "boolean" },
    app: { type: "string" },
    profile: { type: "string" },
    "node-options": { type: "string" },
    pages: { type: "boolean" },
  },
});
const appRoot = path.resolve(args.app ?? root);
const SECONDS = Number(args.seconds ?? (args.quick ? 4 : 8));
const CONNECTIONS = Number(args.connections ?? 16);
const WARM_SECONDS = args.quick ? 1 : 2;
const SIGN_IN_SECONDS = SECONDS * 2;
/**
 * A ratio's two sides alternate, this many timed runs each: the machine's speed drifts within a
 * run (other tenants, CPU boost), so each round compares runs made side by side, and the table
 * shows the rounds' median.
 */
const ROUNDS = args.quick ? 1 : 3;
const ROUND_SECONDS = args.quick ? SECONDS : Math.max(3, Math.round(SECONDS / 2));
const PG_URL = process.env.TWOFOLD_BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const PORT = 3220;
const DIALECTS = (args.only ? [args.only] : ["sqlite", "postgresql"]) as Dialect[];
type Dialect = "sqlite" | "postgresql";

const tsx = path.join(root, "node_modules", ".bin", "tsx");
const round = { connections: CONNECTIONS, seconds: ROUND_SECONDS };
const warm = { connections: CONNECTIONS, seconds: WARM_SECONDS };
const log = (line: string) => console.info(`[bench] ${line}`);

/** A warm-up, then the timed run, on the same scenario (its pools carry on). */
async function measure(base: string, scenario: Scenario, seconds = SECONDS): Promise<LoadResult> {
  await runScenario(base, scenario, warm);
  const result = await runScenario(base, scenario, { connections: CONNECTIONS, seconds });
  log(
    `${scenario.name}: ${result.rate.toFixed(1)}/s (p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, ${result.failed} failed${result.exhausted ? ", pool ran out" : ""})`,
  );
  return result;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** The run with the median rate, so its latencies go with it. */
const medianRun = (runs: LoadResult[]) =>
  [...runs].sort((a, b) => a.rate - b.rate)[Math.floor(runs.length / 2)] as LoadResult;

type Paired = {
  subject: LoadResult;
  reference: LoadResult;
  ratio: number;
  ratios: number[];
};

/** ROUNDS timed runs of each side, alternating; the median run of each and the median ratio. */
async function alternate(
  name: string,
  subject: () => Promise<LoadResult>,
  reference: () => Promise<LoadResult>,
): Promise<Paired> {
  const subjects: LoadResult[] = [];
  const references: LoadResult[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    subjects.push(await subject());
    references.push(await reference());
    const [s, r] = [subjects[i] as LoadResult, references[i] as LoadResult];
    log(
      `${name} round ${i + 1}: ${s.rate.toFixed(1)}/s against ${r.rate.toFixed(1)}/s (${pct(ratio(s.rate, r.rate))}${s.failed + r.failed ? `, ${s.failed + r.failed} failed` : ""}${s.exhausted ? ", pool ran out" : ""})`,
    );
  }
  const ratios = subjects.map((s, i) => ratio(s.rate, references[i]?.rate ?? 0));
  return {
    subject: medianRun(subjects),
    reference: medianRun(references),
    ratio: median(ratios),
    ratios,
  };
}

function runChild(script: string, childArgs: string[], env: NodeJS.ProcessEnv): string {
  const result = spawnSync(tsx, [path.join(root, "bench", script), ...childArgs], {
    cwd: root,
    env: { ...env, NODE_ENV: "production" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

function seedCounts(): SeedCounts {
  const runs = SECONDS + WARM_SECONDS + 1;
  return {
    signIns: 200 * (runs + SIGN_IN_SECONDS),
    // Per second of measuring, above the fastest rates seen (TOTP verifies 1,400/s, passkey
    // assertions 400/s on a fast 2-core machine): a pool that runs dry ends its run early, and
    // one that is dry before a round starts would read as 0/s.
    totpFlows: 2000 * (ROUNDS * ROUND_SECONDS + WARM_SECONDS + 1),
    passkeyFlows: 1000 * runs,
  };
}

/** Code exchanges and refresh grants, ours against the bare provider's, alternating. */
async function oidcRuns(base: string, client: OidcClient, session: string, bare: BareProvider) {
  // Codes live 60 s: each run gets what its rate needs, issued right before it. A cold probe
  // underrates the rate, so the estimate starts at 300/s and follows the fastest run so far.
  const enough = async (issue: (n: number) => Promise<string[]>, at: string, via: OidcClient) => {
    const probe = await runScenario(at, codeExchangeScenario(via, await issue(200)), warm);
    let rate = Math.max(probe.rate, 300);
    const run = async () => {
      const codes = await issue(Math.ceil(rate * 2 * (ROUND_SECONDS + 1)));
      const result = await runScenario(at, codeExchangeScenario(via, codes), round);
      rate = Math.max(rate, result.rate);
      return result;
    };
    // One unmeasured round learns the warm rate, so no measured round runs out of codes.
    await run();
    return run;
  };
  const ours = await enough((n) => issueCodes(base, client, session, n), base, client);
  const theirs = await enough((n) => bare.mint("code", n), bare.base, bare.client);
  const code = await alternate("oidc-code", ours, theirs);

  // A run's last answers are cut off, and their rotated tokens with them: each run starts with
  // tokens of its own.
  const ourTokens = async () =>
    refreshScenario(client, await issueRefreshTokens(base, client, session, CONNECTIONS * 2));
  const bareTokens = async () =>
    refreshScenario(bare.client, await bare.mint("refresh", CONNECTIONS * 2));
  await runScenario(base, await ourTokens(), warm);
  await runScenario(bare.base, await bareTokens(), warm);
  const refresh = await alternate(
    "oidc-refresh",
    async () => runScenario(base, await ourTokens(), round),
    async () => runScenario(bare.base, await bareTokens(), round),
  );
  return { code, refresh };
}

async function benchApp(dialect: Dialect) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "twofold-bench-"));
  const schema = `bench_${randomBytes(4).toString("hex")}`;
  const env: Record<string, string> = {
    TWOFOLD_DATA_DIR: dataDir,
    TWOFOLD_SECRET: randomBytes(32).toString("base64url"),
    DATABASE_URL:
      dialect === "sqlite"
        ? `file:${path.join(dataDir, "twofold.db")}`
        : `${PG_URL}?schema=${schema}`,
  };
  log(`${dialect}: starting npm start`);
  if (args["node-options"]) env.NODE_OPTIONS = args["node-options"];
  const profileDir = args.profile && path.resolve(args.profile);
  const server: AppServer = await startApp(appRoot, env, PORT, profileDir || undefined);
  const pid = server.child.pid as number;
  try {
    await new Promise((r) => setTimeout(r, 3000));
    const idleRss = treeRssMb(pid);
    const idleResident = treeResidentMb(pid);
    log(`${dialect}: idle ${mb(idleResident)} resident (RSS sum ${mb(idleRss)}); seeding`);
    const seedFile = path.join(dataDir, "seed.json");
    runChild("seed.ts", [seedFile, JSON.stringify(seedCounts())], server.env);
    const seeded = JSON.parse(readFileSync(seedFile, "utf8")) as Seeded;
    // Settings are cached for up to a second in the server.
    await new Promise((r) => setTimeout(r, 1100));

    // The floor is measured before and after the sign-ins, and their mean is the reference.
    const argon2Floor = () => {
      const { rate } = JSON.parse(
        runChild("argon2-floor.ts", [String(CONNECTIONS), String(SECONDS)], {
          ...server.env,
          // The thread pool sized as `npm start` sizes the server's.
          NODE_OPTIONS: [server.env.NODE_OPTIONS, ...threadpoolPreload(root)]
            .filter(Boolean)
            .join(" "),
        }),
      ) as { rate: number };
      log(`${dialect}: argon2id floor ${rate.toFixed(1)}/s`);
      return rate;
    };
    const floorBefore = argon2Floor();
    const sampler = sampleRss(pid);
    const origin = server.url;
    // A sign-in takes several round trips: a longer run keeps the ones cut off at its end few.
    const signIn = await measure(origin, signInScenario(origin, seeded), SIGN_IN_SECONDS);
    const floors = [floorBefore, argon2Floor()] as const;
    const health = healthScenario();
    const totp = totpScenario(origin, seeded);
    await runScenario(origin, health, warm);
    await runScenario(origin, totp, warm);
    const totpPair = await alternate(
      "totp-verify",
      () => runScenario(origin, totp, round),
      () => runScenario(origin, health, round),
    );
    const passkey = await measure(origin, passkeyScenario(origin, seeded));
    const client = await registerApp(origin, seeded.apiKey);
    // The bare provider runs beside ours, idle while ours is measured and the other way round.
    const bare = await startBareProvider();
    const oidc = await oidcRuns(origin, client, seeded.oidcUserSession, bare).finally(bare.stop);
    const peakRss = sampler.stop();
    await new Promise((r) => setTimeout(r, 5000));
    const afterRss = treeRssMb(pid);
    const afterResident = treeResidentMb(pid);
    log(
      `${dialect}: RSS sum peak ${mb(peakRss)}; idle after load ${mb(afterResident)} resident (RSS sum ${mb(afterRss)})`,
    );
    const pages =
      args["no-pages"] || dialect !== "sqlite" ? undefined : await pageJs(origin, seeded);
    return {
      dialect,
      floor: (floors[0] + floors[1]) / 2,
      floors,
      signIn,
      totp: totpPair,
      passkey,
      ...oidc,
      idleRss,
      idleResident,
      peakRss,
      afterRss,
      afterResident,
      pages,
    };
  } finally {
    await stopApp(server);
    if (dialect === "postgresql") {
      spawnSync("psql", [PG_URL, "-qc", `DROP SCHEMA IF EXISTS ${schema} CASCADE`], {
        stdio: "ignore",
      });
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function pageJs(origin: string, seeded: Seeded) {
  const flow = (value: string): PageCookie[] => [{ name: "twofold_flow", value }];
  return scriptBytes([
    { name: "/sign-in", url: `${origin}/sign-in` },
    { name: "/mfa/verify", url: `${origin}/mfa/verify`, cookies: flow(seeded.verifyPageFlow) },
    { name: "/mfa/enroll", url: `${origin}/mfa/enroll`, cookies: flow(seeded.enrollPageFlow) },
    {
      name: "/console/sign-in-experience/mfa",
      url: `${origin}/console/sign-in-experience/mfa`,
      cookies: [{ name: "next-auth.session-token", value: seeded.adminSession }],
    },
  ]);
}

type BareProvider = {
  base: string;
  client: OidcClient;
  mint(kind: "code" | "refresh", n: number): Promise<string[]>;
  stop(): void;
};

/** The OIDC budget's reference: a bare oidc-provider with an in-memory adapter (bare-oidc.ts). */
async function startBareProvider(): Promise<BareProvider> {
  const port = PORT + 78;
  const child = spawn(tsx, [path.join(root, "bench", "bare-oidc.ts"), String(port)], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const stop = () => void child.kill("SIGTERM");
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (d: Buffer) => d.toString().includes("ready") && resolve());
      child.once("exit", () => reject(new Error("bare provider exited")));
    });
  } catch (error) {
    stop();
    throw error;
  }
  const base = `http://localhost:${port}`;
  return {
    base,
    client: {
      id: "bench",
      secret: "bench-secret-bench-secret-bench-secret",
      redirectUri: "http://localhost:9/callback",
      tokenPath: "/token",
    },
    mint: async (kind, n) =>
      (await (await fetch(`${base}/mint?kind=${kind}&n=${n}`)).json()) as string[],
    stop,
  };
}

async function emptyPageJs() {
  const empty = await serveEmptyApp(root, PORT + 77);
  try {
    const bytes = (await scriptBytes([{ name: "empty", url: empty.url }])).empty;
    return typeof bytes === "number" ? bytes : undefined;
  } finally {
    empty.stop();
  }
}

const ratio = (a: number, b: number) => (b ? a / b : 0);
const pct = (r: number) => `${(r * 100).toFixed(0)}%`;
/** The median ratio, and the lowest and highest round's when there were several. */
const spread = ({ ratio: mid, ratios }: Paired) =>
  ratios.length > 1
    ? `${pct(mid)} (${pct(Math.min(...ratios))}–${pct(Math.max(...ratios))})`
    : pct(mid);
const mb = (value: number | undefined) => (value === undefined ? "n/a" : `${value.toFixed(0)} MB`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** `--pages`: the pages' first-load JavaScript alone, on SQLite with only what the pages need. */
async function pagesOnly() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "twofold-bench-"));
  const env = {
    TWOFOLD_DATA_DIR: dataDir,
    TWOFOLD_SECRET: randomBytes(32).toString("base64url"),
    DATABASE_URL: `file:${path.join(dataDir, "twofold.db")}`,
  };
  log("sqlite: starting npm start for the pages");
  const server = await startApp(appRoot, env, PORT);
  let pages: Awaited<ReturnType<typeof pageJs>>;
  try {
    const seedFile = path.join(dataDir, "seed.json");
    const none: SeedCounts = { signIns: 0, totpFlows: 0, passkeyFlows: 0 };
    runChild("seed.ts", [seedFile, JSON.stringify(none)], server.env);
    // Settings are cached for up to a second in the server.
    await new Promise((r) => setTimeout(r, 1100));
    pages = await pageJs(server.url, JSON.parse(readFileSync(seedFile, "utf8")) as Seeded);
  } finally {
    await stopApp(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
  const emptyJs = await emptyPageJs();
  console.info(`\nfirst-load JS, empty page ${emptyJs === undefined ? "?" : kb(emptyJs)}`);
  for (const [name, bytes] of Object.entries(pages)) {
    const shown =
      typeof bytes !== "number"
        ? bytes
        : `${kb(bytes)}  ${emptyJs === undefined ? "" : `+${kb(bytes - emptyJs)}`}`;
    console.info(`  ${name.padEnd(34)}${shown}  (≤ +10 kB)`);
  }
}

async function main() {
  const startedAt = new Date();
  log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  const built = spawnSync(
    process.execPath,
    [path.join(appRoot, "scripts", "build.mjs"), "--if-needed"],
    {
      cwd: appRoot,
      stdio: "inherit",
    },
  );
  if (built.status !== 0) throw new Error("build failed");
  if (args.pages) return pagesOnly();
  const apps: Awaited<ReturnType<typeof benchApp>>[] = [];
  for (const dialect of DIALECTS) apps.push(await benchApp(dialect));
  const emptyJs = args["no-pages"] ? undefined : await emptyPageJs();

  const rows: [string, ...string[]][] = [];
  const head = ["budget (§8)", ...apps.map((a) => a.dialect), "budget"];
  const each = (f: (a: (typeof apps)[number]) => string) => apps.map(f);
  rows.push([
    "argon2id verify floor /s",
    ...each((a) => `${a.floor.toFixed(0)} (${a.floors.map((f) => f.toFixed(0)).join(", ")})`),
    "",
  ]);
  rows.push(["sign-ins (password + TOTP) /s", ...each((a) => a.signIn.rate.toFixed(1)), ""]);
  rows.push([
    "  p50 / p99 ms",
    ...each((a) => `${a.signIn.p50.toFixed(0)} / ${a.signIn.p99.toFixed(0)}`),
    "",
  ]);
  rows.push(["  sign-ins ÷ floor", ...each((a) => pct(ratio(a.signIn.rate, a.floor))), "≥ 50%"]);
  rows.push([
    "trivial route (/api/health) /s",
    ...each((a) => a.totp.reference.rate.toFixed(0)),
    "",
  ]);
  rows.push(["TOTP verify /s", ...each((a) => a.totp.subject.rate.toFixed(0)), ""]);
  rows.push(["  TOTP ÷ trivial", ...each((a) => spread(a.totp)), "≥ 50%"]);
  rows.push(["passkey assertions /s", ...each((a) => a.passkey.rate.toFixed(0)), ""]);
  rows.push([
    "OIDC code exchanges /s (bare)",
    ...each((a) => `${a.code.subject.rate.toFixed(0)} (${a.code.reference.rate.toFixed(0)})`),
    "",
  ]);
  rows.push(["  ÷ bare oidc-provider", ...each((a) => spread(a.code)), "≥ 50%"]);
  rows.push([
    "OIDC refresh grants /s (bare)",
    ...each((a) => `${a.refresh.subject.rate.toFixed(0)} (${a.refresh.reference.rate.toFixed(0)})`),
    "",
  ]);
  rows.push(["  ÷ bare oidc-provider", ...each((a) => spread(a.refresh)), "≥ 50%"]);
  const resident = (value: number | undefined) =>
    value === undefined ? "n/a ²" : value.toFixed(0);
  rows.push(["resident idle after start MB ¹", ...each((a) => resident(a.idleResident)), "≤ 200"]);
  rows.push(["  sum of RSS", ...each((a) => a.idleRss.toFixed(0)), ""]);
  rows.push(["sum of RSS, peak under load MB", ...each((a) => a.peakRss.toFixed(0)), ""]);
  rows.push(["resident idle after load MB ¹", ...each((a) => resident(a.afterResident)), "≤ 200"]);
  rows.push(["  sum of RSS", ...each((a) => a.afterRss.toFixed(0)), ""]);
  const pages = apps.find((a) => a.pages)?.pages;
  if (pages && emptyJs !== undefined) {
    rows.push([`first-load JS, empty page ${kb(emptyJs)}`, ...each(() => ""), ""]);
    for (const [name, bytes] of Object.entries(pages)) {
      const shown = typeof bytes === "number" ? `+${kb(bytes - emptyJs)}` : bytes;
      rows.push([`  ${name}`, ...each((a) => (a.pages ? shown : "")), "≤ +10 kB"]);
    }
  }
  const widths = head.map((_, i) =>
    Math.max(head[i]?.length ?? 0, ...rows.map((r) => r[i]?.length ?? 0)),
  );
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ");
  console.info(`\n${line(head)}\n${line(widths.map((w) => "-".repeat(w)))}`);
  for (const row of rows) console.info(line(row));
  console.info(
    "¹ Resident: each physical page once (npm and the server map the same node executable; a sum of RSS counts its pages twice).",
  );
  if (apps.some((a) => a.idleResident === undefined || a.afterResident === undefined))
    console.info(
      "² /proc/PID/pagemap gives page frame numbers to root only: run as root to read it.",
    );

  const results = {
    startedAt: startedAt.toISOString(),
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model,
      node: process.version,
      loadavg: os.loadavg(),
    },
    options: { seconds: SECONDS, connections: CONNECTIONS },
    apps,
    emptyPageJsBytes: emptyJs,
  };
  writeFileSync(path.join(root, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  log("wrote bench/results.json");
}

await main();
