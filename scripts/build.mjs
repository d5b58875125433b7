// `npm run build`: a production build of the app and the bundled server (scripts/server.ts →
// dist/server.mjs, packages left to node_modules), stamped with a fingerprint of their sources so
// `npm start` can tell whether the build on disk is current. `--if-needed` skips a current build.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import esbuild from "esbuild";

const root = path.resolve(import.meta.dirname, "..");
const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "next.config.ts",
  "postcss.config.mjs",
  "scripts/server.ts",
  // The server bundle's options live here.
  "scripts/build.mjs",
  "package-lock.json",
  "tsconfig.json",
];
const SKIP = new Set(["generated", "node_modules"]);
const stampFile = path.join(root, ".next", "twofold-source-fingerprint");
export const serverBundle = path.join(root, "dist", "server.mjs");

/** next.config.ts reads the public URL's scheme (HSTS) at build time, so a change must rebuild. */
function configInputs() {
  const raw = process.env.TWOFOLD_PUBLIC_URL?.trim() || "http://localhost:3000";
  return `public-url-scheme:${URL.canParse(raw) ? new URL(raw).protocol : "invalid"}\n`;
}

export function fingerprint() {
  const hash = createHash("sha256");
  hash.update(configInputs());
  const visit = (file) => {
    if (!existsSync(file)) return;
    const stat = statSync(file);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(file).sort())
        if (!SKIP.has(entry)) visit(path.join(file, entry));
    } else if (!/\.test\.tsx?$/.test(file)) {
      hash.update(`${path.relative(root, file)}:${stat.size}:${stat.mtimeMs}\n`);
    }
  };
  for (const source of SOURCES) visit(path.join(root, source));
  return hash.digest("hex");
}

/** Bundles the server alone (fast): `npm run dev` runs it without a production build. */
export function bundleServer() {
  // Split, so what the server imports on demand (the provider) is a chunk it loads then.
  rmSync(path.join(root, "dist", "chunks"), { recursive: true, force: true });
  esbuild.buildSync({
    entryPoints: [path.join(root, "scripts", "server.ts")],
    outdir: path.dirname(serverBundle),
    entryNames: "[name]",
    chunkNames: "chunks/[name]-[hash]",
    outExtension: { ".js": ".mjs" },
    splitting: true,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    // Next has no exports map, so Node's ESM loader finds its entry points only by file name;
    // the route modules the server bundles (lib/http/direct-routes.ts) import next/server.
    alias: { "next/server": "next/server.js" },
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "warning",
  });
  // The sync API keeps a worker thread and an esbuild service process for later calls; `npm
  // start` serves from this process afterwards and must not carry either along.
  esbuild.stop();
}

export function build({ ifNeeded = false } = {}) {
  const current = fingerprint();
  const stamped =
    existsSync(path.join(root, ".next", "BUILD_ID")) &&
    existsSync(stampFile) &&
    existsSync(serverBundle);
  if (ifNeeded && stamped && readFileSync(stampFile, "utf8") === current) return;
  if (ifNeeded) console.info("Building Twofold (first start, or the sources changed)…");
  const started = Date.now();
  // `npm start` keeps Next's build log (route table, experiments) to itself unless it fails;
  // `npm run build` shows it. Telemetry stays off either way.
  const result = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], {
    cwd: root,
    stdio: ifNeeded ? ["ignore", "pipe", "pipe"] : "inherit",
    env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    if (ifNeeded) process.stderr.write(`${result.stdout ?? ""}${result.stderr ?? ""}`);
    process.exit(result.status ?? 1);
  }
  if (ifNeeded) console.info(`Built in ${Math.round((Date.now() - started) / 1000)} s.`);
  bundleServer();
  writeFileSync(stampFile, current);
}

if (import.meta.url === `file://${process.argv[1]}`)
  build({ ifNeeded: process.argv.includes("--if-needed") });
