// First-load JavaScript of a page in Chromium: the compressed bytes of every script a fresh load
// fetches. The reference is an empty App Router page, built once in a temp dir from this
// node_modules (so the same Next.js and React) and served by `next start`.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

export type PageCookie = { name: string; value: string };

export async function scriptBytes(urls: { name: string; url: string; cookies?: PageCookie[] }[]) {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  // A page that cannot be measured (an error, a redirect elsewhere) is reported, not fatal.
  const out: Record<string, number | string> = {};
  try {
    for (const { name, url, cookies = [] } of urls) {
      const context = await browser.newContext();
      const origin = new URL(url).origin;
      await context.addCookies(cookies.map((c) => ({ ...c, url: origin })));
      const page = await context.newPage();
      const sizes: Promise<number>[] = [];
      page.on("requestfinished", (request) => {
        if (request.resourceType() === "script") {
          // A script the page's frame (the console preview) takes from the cache reports a
          // negative size; it fetched nothing, so it counts nothing.
          sizes.push(request.sizes().then((s) => Math.max(0, s.responseBodySize)));
        }
      });
      const response = await page.goto(url, { waitUntil: "networkidle" });
      if (!response?.ok()) out[name] = `answered ${response?.status()}`;
      else if (new URL(page.url()).pathname !== new URL(url).pathname) {
        out[name] = `went to ${new URL(page.url()).pathname}`;
      } else out[name] = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

const EMPTY_APP = path.join("/tmp", "twofold-bench-empty-app");

/** Builds (once) and serves an empty App Router app; returns its URL and a stop function. */
export async function serveEmptyApp(root: string, port: number) {
  mkdirSync(path.join(EMPTY_APP, "app"), { recursive: true });
  const modules = path.join(EMPTY_APP, "node_modules");
  // The directory is shared by every checkout that runs the bench: point it at this one's.
  rmSync(modules, { force: true });
  symlinkSync(path.join(root, "node_modules"), modules);
  writeFileSync(path.join(EMPTY_APP, "package.json"), '{"private":true,"type":"module"}\n');
  // The symlinked node_modules lies outside the app, so Turbopack's root must contain both.
  writeFileSync(
    path.join(EMPTY_APP, "next.config.mjs"),
    'export default { turbopack: { root: "/" } };\n',
  );
  writeFileSync(
    path.join(EMPTY_APP, "app", "layout.jsx"),
    'export default function Layout({ children }) { return <html lang="en"><body>{children}</body></html>; }\n',
  );
  writeFileSync(
    path.join(EMPTY_APP, "app", "page.jsx"),
    "export default function Page() { return <p>Empty</p>; }\n",
  );
  const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
  if (!existsSync(path.join(EMPTY_APP, ".next", "BUILD_ID"))) {
    const built = spawnSync(process.execPath, [next, "build"], {
      cwd: EMPTY_APP,
      encoding: "utf8",
    });
    if (built.status !== 0)
      throw new Error(`empty app build failed:\n${built.stdout}${built.stderr}`);
  }
  const child: ChildProcess = spawn(process.execPath, [next, "start", "-p", String(port)], {
    cwd: EMPTY_APP,
    stdio: "ignore",
  });
  const url = `http://localhost:${port}/`;
  for (let i = 0; i < 120; i += 1) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    stop: () => {
      child.kill("SIGTERM");
    },
  };
}
