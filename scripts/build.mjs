// `npm run build`: a production build of the app, stamped with a fingerprint of its sources so
// `npm start` can tell whether the build on disk is current. `--if-needed` skips a current build.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "next.config.ts",
  "postcss.config.mjs",
  "package-lock.json",
  "tsconfig.json",
];
const SKIP = new Set(["generated", "node_modules"]);
const stampFile = path.join(root, ".next", "twofold-source-fingerprint");

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

export function build({ ifNeeded = false } = {}) {
  const current = fingerprint();
  const stamped = existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(stampFile);
  if (ifNeeded && stamped && readFileSync(stampFile, "utf8") === current) return;
  if (ifNeeded) console.info("Building Twofold (first start, or the sources changed)…");
  const result = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stampFile, current);
}

if (import.meta.url === `file://${process.argv[1]}`)
  build({ ifNeeded: process.argv.includes("--if-needed") });
