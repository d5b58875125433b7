// Playwright's web server: wipes the e2e data dir (webServer starts before globalSetup, so the
// wipe lives here), runs scripts/start.mjs with real argon2 on SQLite, passes its output through,
// and saves the one-time setup link it prints to <data dir>/../e2e-setup-url.txt.
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";

const root = path.resolve(import.meta.dirname, "..");
const dataDir = path.resolve(
  process.env.TWOFOLD_DATA_DIR || path.join(root, "test-results/e2e-data"),
);
const setupUrlFile = path.join(dataDir, "..", "e2e-setup-url.txt");
const setupUrlPattern = /https?:\/\/\S+\/console\/setup\?token=[^\s"'<>]+/;

rmSync(dataDir, { recursive: true, force: true });
rmSync(setupUrlFile, { force: true });
mkdirSync(dataDir, { recursive: true });

const env = { ...process.env, TWOFOLD_DATA_DIR: dataDir };
// A developer's shell must not turn the e2e server into a fast-hash or shared-database one.
delete env.TWOFOLD_FAST_HASH;
delete env.TWOFOLD_SECRET;
delete env.DATABASE_URL;
if (process.env.TWOFOLD_E2E_DATABASE_URL) env.DATABASE_URL = process.env.TWOFOLD_E2E_DATABASE_URL;

const child = spawn(process.execPath, [path.join(root, "scripts/start.mjs")], {
  cwd: root,
  env,
  stdio: ["ignore", "pipe", "inherit"],
});

let partial = "";
child.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  const lines = (partial + chunk.toString("utf8")).split("\n");
  partial = lines.pop() ?? "";
  for (const line of lines) {
    const match = stripVTControlCharacters(line).match(setupUrlPattern);
    if (match) writeFileSync(setupUrlFile, `${match[0]}\n`);
  }
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => child.kill(signal));
}
child.on("exit", (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});
