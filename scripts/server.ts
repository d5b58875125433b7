// The one HTTP server of `npm start` and `npm run dev`, in one process: /oidc/* goes to the
// OpenID Connect provider (it needs Node's req/res), everything else to Next.js's request
// handler, so Next's routes and middleware behave exactly as under `next start`. Bundled to
// dist/server.mjs by scripts/build.mjs; scripts/start.mjs runs it.
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import next from "next";
import { getConfig } from "@/lib/config";
import { idleCompaction } from "@/lib/core/idle-compaction";
import { PEER_HEADER } from "@/lib/core/request-meta";
import { databaseIsDown } from "@/lib/db/outage";
import { RETRY_AFTER_SECONDS } from "@/lib/db/unavailable";
import { directRoute, FLOW_API } from "@/lib/http/direct-routes";
import { builtHeaderRules, headersFor, serveRoute } from "@/lib/http/node-bridge";
import { badAddressPage, sendPage, unavailablePage } from "@/lib/oidc/pages";
import { OIDC_PREFIX } from "@/lib/oidc/prefix";

export type ServeOptions = { dev: boolean; dir: string; port: number };

const isOidc = (url = "/") =>
  url === OIDC_PREFIX || url.startsWith(`${OIDC_PREFIX}/`) || url.startsWith(`${OIDC_PREFIX}?`);

type NodeHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;
let oidc: Promise<NodeHandler> | undefined;
/**
 * The provider's code (oidc-provider, Koa, jose: about 25 MB resident) loads on the first /oidc
 * request, so an instance that serves no app holds none of it. scripts/build.mjs bundles it as a
 * chunk of its own.
 */
const handleOidc: NodeHandler = async (req, res) => {
  oidc ??= import("@/lib/oidc/handler").then((m) => m.handleOidc);
  return (await oidc)(req, res);
};

/** A browser asking for a page (not an asset, an API route or the provider, which answer themselves). */
function wantsPage(req: IncomingMessage) {
  const url = req.url ?? "/";
  return (
    (req.method === "GET" || req.method === "HEAD") &&
    !url.startsWith("/_next/") &&
    !url.startsWith("/api/") &&
    Boolean(req.headers.accept?.includes("text/html"))
  );
}

/** While the database is away every page would fail to render: say so once, with 503. */
function sendUnavailable(res: ServerResponse) {
  res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
  sendPage(res, 503, unavailablePage());
}

/** The request line's path, the query aside. */
function pathOf(url: string): string {
  const end = url.indexOf("?");
  return end < 0 ? url : url.slice(0, end);
}

/**
 * True when the path (the query aside) is not valid percent-encoded UTF-8 ("%ED%A0%80", a stray
 * "%E0%A4%A"). Next.js fails such a path in a dynamic route with a 500, so it is answered here.
 */
function undecodablePath(url = "/"): boolean {
  const path = pathOf(url);
  // Most paths have nothing to decode, and decoding one costs most of a microsecond.
  if (!path.includes("%")) return false;
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

/** 400: guard.invalid_input for the API, a page for a browser. */
function sendBadPath(req: IncomingMessage, res: ServerResponse) {
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
  if (!req.url?.startsWith("/api/")) return sendPage(res, 400, badAddressPage());
  res.statusCode = 400;
  res.setHeader("Content-Type", "application/json");
  res.setHeader("Cache-Control", "no-store");
  const message = "The request path is not valid percent-encoded UTF-8.";
  res.end(JSON.stringify({ code: "guard.invalid_input", message }));
}

type Handle = ReturnType<ReturnType<typeof next>["getRequestHandler"]>;

/**
 * Production answers the sign-in flow's API from its route modules, past Next's router
 * (lib/http/direct-routes.ts says why); whatever is not one of its routes goes on to Next.
 */
function directFlowApi(dir: string, handle: Handle) {
  const rules = builtHeaderRules(dir);
  const origin = getConfig().origin;
  return async (req: IncomingMessage, res: ServerResponse) => {
    const pathname = pathOf(req.url ?? "/");
    const handler = await directRoute(req.method, pathname);
    if (!handler) return handle(req, res);
    await serveRoute(req, res, handler, { origin, headers: headersFor(rules, pathname) });
  };
}

const isFlowApi = (url = "/") => url.startsWith(FLOW_API);

function fail(res: ServerResponse, error: unknown) {
  console.error("Request failed", error);
  if (res.headersSent) return res.end();
  res.statusCode = 500;
  res.end();
}

/**
 * Runs `prepare` without Next's one start-up line about timing next.config.ts (it loads the
 * config with logging forced on): our banner says what an operator needs. Everything else,
 * warnings and errors included, passes through.
 */
async function quietly(prepare: () => Promise<void>) {
  // biome-ignore lint/suspicious/noConsole: Next logs that line through console.log; we wrap it for prepare() only
  const log = console.log;
  console.log = (...args: unknown[]) => {
    if (args.some((a) => typeof a === "string" && /Running next\.config(\.\w+)? took/.test(a)))
      return;
    log(...args);
  };
  try {
    await prepare();
  } finally {
    console.log = log;
  }
}

/**
 * Production serves with the configuration `next build` resolved and wrote beside the build, as
 * Next's own standalone server does (through the same variable). Otherwise Next loads
 * next.config.ts again at start, which takes its TypeScript transpiler (the SWC native binding,
 * about 25 MB resident for the life of the process) and its TypeScript-setup helpers; the
 * headers the file declares are in the build's routes manifest already. Development reads it.
 */
function serveBuiltConfig(dir: string) {
  const file = path.join(dir, ".next", "required-server-files.json");
  const { config } = JSON.parse(readFileSync(file, "utf8")) as { config: unknown };
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
}

export async function serve({ dev, dir, port }: ServeOptions) {
  if (!dev) serveBuiltConfig(dir);
  const app = next({ dev, dir, port });
  const handle = app.getRequestHandler();
  await quietly(() => app.prepare());
  // Production only: what `npm start` leaves running idle is what the memory budget counts.
  const heap = dev ? undefined : idleCompaction();
  const direct = dev ? undefined : directFlowApi(dir, handle);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    heap?.touch();
    // The only trustworthy address: the socket's. Whatever the client sent under this name goes.
    req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
    if (isOidc(req.url)) return void handleOidc(req, res).catch((error) => fail(res, error));
    if (undecodablePath(req.url)) return sendBadPath(req, res);
    if (databaseIsDown() && wantsPage(req)) return sendUnavailable(res);
    if (direct && isFlowApi(req.url)) return void direct(req, res).catch((e) => fail(res, e));
    handle(req, res).catch((error: unknown) => fail(res, error));
  });
  server.once("close", () => heap?.stop());
  await new Promise<void>((resolve) => server.listen(port, resolve));
  return server;
}
