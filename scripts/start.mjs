// `npm start`: builds when the sources changed since the last build, applies migrations, prints
// the first-admin setup link when there is no admin, then serves on $PORT (default 3000): one Node
// HTTP server in this process, the provider at /oidc and Next.js for the rest (scripts/server.ts).
// `npm run dev` does the same with Next's development server instead of a build.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import nextEnv from "@next/env";
import { build, bundleServer, serverBundle } from "./build.mjs";

const root = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
// The .env files, read as Next and the CLI read them (lib/config/env-files.ts), so PORT and the
// public URL here are the server's. Next's telemetry notice is not for our operators.
nextEnv.loadEnvConfig(root, dev, { info: () => {}, error: console.error });
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const bin = (name) => path.join(root, "node_modules", ".bin", name);
function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const cli = (command) => run(bin("tsx"), [path.join(root, "scripts", "cli.ts"), command]);
// A bad configuration value stops start-up here, before any build, with one line naming it.
cli("check-config");
if (dev) bundleServer();
else build({ ifNeeded: true });
cli("preflight");

// What `next start` / `next dev` would set; the app reads it (e.g. cookie and hash settings).
process.env.NODE_ENV ??= dev ? "development" : "production";
const port = Number(process.env.PORT || "3000");
const { serve } = await import(pathToFileURL(serverBundle).href);
const server = await serve({ dev, dir: root, port });
// Only the public URL (the banner above): any other address of this machine is refused for
// writes by the Origin check, so printing one would only mislead.
// tests/system/support/instance.ts waits for this line.
console.info(`  Ready on port ${port}.`);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Keep-alive connections must not hold the process open.
    server.closeAllConnections?.();
  });
}
