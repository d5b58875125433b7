// `npm start`: builds when the sources changed since the last build, applies migrations, prints
// the first-admin setup link when there is no admin, then serves on $PORT (default 3000): one Node
// HTTP server in this process, the provider at /oidc and Next.js for the rest (scripts/server.ts).
// `npm run dev` does the same with Next's development server instead of a build.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build, bundleServer, serverBundle } from "./build.mjs";

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
if (dev) bundleServer();
else build({ ifNeeded: true });
cli("preflight");

// What `next start` / `next dev` would set; the app reads it (e.g. cookie and hash settings).
process.env.NODE_ENV ??= dev ? "development" : "production";
const port = Number(process.env.PORT || "3000");
const { serve } = await import(pathToFileURL(serverBundle).href);
const server = await serve({ dev, dir: root, port });
console.info(
  `Twofold is listening on ${process.env.TWOFOLD_PUBLIC_URL || `http://localhost:${port}`}`,
);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Keep-alive connections must not hold the process open.
    server.closeAllConnections?.();
  });
}
