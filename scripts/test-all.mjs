// `npm test`: every check and suite in order, streaming output and carrying on after a failure,
// then one summary whose last line is `N passed, N failed[, N skipped]` (exit 1 on any failure).
// Reports go to reports/. Quick local runs: `npm test -- --only unit,integration-sqlite`
// (a prefix such as `integration` selects both databases).
import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { countStep, failedTests, formatCounts, tally, total } from "./ci-summary.mjs";

const root = path.resolve(import.meta.dirname, "..");
const reportDir = path.join(root, "reports");
const requirePostgres = process.env.TWOFOLD_TEST_PG === "1";
// Same default as tests/setup/database.ts.
const pgUrl = new URL(
  process.env.TWOFOLD_TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/test",
);
const pgAddress = `${pgUrl.hostname}:${pgUrl.port || 5432}`;

const steps = [
  { label: "typecheck", kind: "check", script: "typecheck" },
  { label: "lint", kind: "check", script: "lint" },
  { label: "format", kind: "check", script: "format:check" },
  { label: "unit", kind: "vitest", script: "test:unit" },
  { label: "integration-sqlite", kind: "vitest", script: "test:integration", db: "sqlite" },
  { label: "integration-postgres", kind: "vitest", script: "test:integration", db: "postgres" },
  // Built here rather than inside Playwright's web-server timeout, so a broken build reads as one.
  { label: "build", kind: "check", script: "build" },
  // Production processes over HTTP: scale-out on PostgreSQL, kill -9, the database cut away.
  { label: "system", kind: "vitest", script: "test:system", db: "postgres", needs: "build" },
  { label: "e2e", kind: "playwright", script: "test:e2e", needs: "build" },
];

function parseOnly(argv) {
  const i = argv.findIndex((a) => a === "--only" || a.startsWith("--only="));
  if (i === -1) return null;
  const value = argv[i].includes("=") ? argv[i].slice("--only=".length) : argv[i + 1];
  const names = (value ?? "").split(",").filter(Boolean);
  const unknown = names.filter((n) => !steps.some((s) => selects(n, s.label)));
  if (names.length === 0 || unknown.length > 0) {
    console.error(
      `--only takes a comma-separated list of: ${steps.map((s) => s.label).join(", ")}`,
    );
    process.exit(2);
  }
  return names;
}

function selects(name, label) {
  return label === name || label.startsWith(`${name}-`);
}

function reachable(host, port, timeoutMs = 2_000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

function run(script, env) {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", script], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: "inherit",
    });
    child.once("error", (error) => {
      console.error(error);
      resolve(1);
    });
    child.once("exit", (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

function banner(text) {
  console.info(`\n━━━ ${text} ${"━".repeat(Math.max(0, 70 - text.length))}`);
}

const only = parseOnly(process.argv.slice(2));
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

const results = [];
for (const step of steps) {
  if (only && !only.some((name) => selects(name, step.label))) continue;
  const started = Date.now();
  const record = (counts, note = "") =>
    results.push({ label: step.label, counts, note, seconds: (Date.now() - started) / 1000 });

  const blocker = results.find((r) => r.label === step.needs && r.counts.failed > 0);
  if (blocker) {
    record(tally(0, 1), `not run: ${blocker.label} failed`);
    continue;
  }
  if (step.db === "postgres" && !(await reachable(pgUrl.hostname, Number(pgUrl.port || 5432)))) {
    if (requirePostgres) record(tally(0, 1), `PostgreSQL unreachable at ${pgAddress}`);
    else record(tally(0, 0, 1), `skipped: PostgreSQL unreachable at ${pgAddress}`);
    continue;
  }

  banner(step.label);
  const reportFile =
    step.kind === "playwright"
      ? path.join(reportDir, "playwright.json")
      : path.join(reportDir, `vitest-${step.label}.json`);
  const env = { TWOFOLD_REPORT_DIR: reportDir, TWOFOLD_REPORT_LABEL: step.label };
  if (step.db) env.TWOFOLD_TEST_DB = step.db;
  const exitCode = await run(step.script, env);
  const counts = countStep(step.kind, reportFile, exitCode);
  record(counts, exitCode === 0 ? "" : `exit code ${exitCode}`);
  results.at(-1).failures = counts.failed > 0 ? failedTests(step.kind, reportFile) : [];
}

banner("summary");
for (const r of results) {
  const mark = r.counts.failed > 0 ? "✗" : r.counts.passed > 0 ? "✓" : "-";
  const time = `${r.seconds.toFixed(1)}s`.padStart(7);
  console.info(
    `${mark} ${r.label.padEnd(22)} ${formatCounts(r.counts).padEnd(34)}${time}  ${r.note}`,
  );
}
// The names of what failed, so the end of a long log says which test to look at.
for (const r of results) {
  for (const name of (r.failures ?? []).slice(0, 20)) console.info(`  ✗ ${r.label}: ${name}`);
}
const sum = total(results.map((r) => r.counts));
process.exitCode = sum.failed > 0 ? 1 : 0;
console.info(formatCounts(sum));
