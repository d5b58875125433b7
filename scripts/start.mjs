// `npm start`: builds when the sources changed since the last build, applies migrations, prints
// the first-admin setup link when there is no admin, then serves on $PORT (default 3000).
// `npm run dev` does the same with the development server instead of a build.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { build } from "./build.mjs";

const root = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const cli = (command) => run(bin("tsx"), [path.join(root, "scripts", "cli.ts"), command]);
// A bad configuration value stops start-up here, before any build, with one line naming it.
cli("check-config");
if (!dev) build({ ifNeeded: true });
cli("preflight");

const port = process.env.PORT || "3000";
const server = spawn(bin("next"), [dev ? "dev" : "start", "-p", port], {
  cwd: root,
  stdio: "inherit",
  env: process.env,
});
console.info(
  `Twofold is starting on ${process.env.TWOFOLD_PUBLIC_URL || `http://localhost:${port}`}`,
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
