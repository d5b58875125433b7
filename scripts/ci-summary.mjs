// Turns the JSON reports that `npm test` collects into test counts, and prints the closing
// `N passed, N failed[, N skipped]` line. Run alone to re-count a reports dir:
//   node scripts/ci-summary.mjs [reports]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Counts from a Vitest JSON report, or null when the file is missing or unreadable. */
export function countVitest(file) {
  const report = readJson(file);
  if (!report) return null;
  const counts = {
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
  // A file that failed to load can leave every test count at zero.
  if (report.success === false && counts.failed === 0) counts.failed = 1;
  return counts;
}

/** Counts from a Playwright JSON report (flaky tests passed on retry, so they count as passed). */
export function countPlaywright(file) {
  const report = readJson(file);
  if (!report?.stats) return null;
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  const counts = { passed: expected + flaky, failed: unexpected, skipped };
  // Global errors (web server did not start, config error) fail the run without a failed test.
  if (report.errors?.length && counts.failed === 0) counts.failed = 1;
  return counts;
}

/**
 * Counts for one finished step. A report that is missing, or that shows no failure although the
 * process exited non-zero (a crash after the tests), adds one failure so nothing passes silently.
 */
export function countStep(kind, reportFile, exitCode) {
  if (kind === "check") return exitCode === 0 ? tally(1, 0) : tally(0, 1);
  const counts = kind === "playwright" ? countPlaywright(reportFile) : countVitest(reportFile);
  if (!counts) return tally(0, 1);
  if (exitCode !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

/** Names of the failed tests in a Vitest or Playwright JSON report (empty when none or unreadable). */
export function failedTests(kind, reportFile) {
  const report = readJson(reportFile);
  if (!report) return [];
  if (kind === "playwright") {
    const names = [];
    const walk = (suite, trail) => {
      for (const spec of suite.specs ?? []) {
        if (spec.tests?.some((t) => t.status === "unexpected")) {
          names.push(
            `${spec.file ?? suite.file}:${spec.line} › ${[...trail, spec.title].join(" › ")}`,
          );
        }
      }
      for (const child of suite.suites ?? [])
        walk(child, child.title ? [...trail, child.title] : trail);
    };
    for (const suite of report.suites ?? []) walk(suite, []);
    return names;
  }
  return (report.testResults ?? []).flatMap((file) => {
    const where = path.relative(process.cwd(), file.name ?? "");
    const failed = (file.assertionResults ?? []).filter((a) => a.status === "failed");
    if (failed.length === 0 && file.status === "failed") return [`${where} (did not load)`];
    return failed.map((a) => `${where} › ${a.fullName ?? a.title}`);
  });
}

export function tally(passed, failed, skipped = 0) {
  return { passed, failed, skipped };
}

export function total(countsList) {
  return countsList.reduce(
    (sum, c) => tally(sum.passed + c.passed, sum.failed + c.failed, sum.skipped + c.skipped),
    tally(0, 0),
  );
}

export function formatCounts({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`;
}

function readJson(file) {
  if (!file || !existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

if (import.meta.filename === path.resolve(process.argv[1] ?? "")) {
  const dir = path.resolve(process.argv[2] ?? "reports");
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".json")) : [];
  const counts = files.map((f) => {
    const file = path.join(dir, f);
    const c = f.startsWith("playwright") ? countPlaywright(file) : countVitest(file);
    const result = c ?? tally(0, 1);
    console.info(`${f.padEnd(36)} ${formatCounts(result)}`);
    return result;
  });
  const sum = total(counts);
  console.info(formatCounts(sum));
  process.exitCode = sum.failed > 0 || files.length === 0 ? 1 : 0;
}
