// Serves a route handler (Request → Response) from Node's own request and response, for the
// routes the product's server answers without Next.js's router (lib/http/direct-routes.ts). What
// Next would add is added here too: the build's headers for the path (next.config.ts's security
// headers, read from the routes manifest `next build` wrote), and nothing else a JSON answer needs.
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { MAX_BODY_BYTES } from "./body";
import { answerBytes, directRequest } from "./direct-body";

export type RouteHandler = (
  request: Request,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>;

const SKIPPED = new Set([
  "set-cookie",
  "x-middleware-set-cookie",
  "content-length",
  "content-encoding",
  "transfer-encoding",
]);

type HeaderRule = { regex: RegExp; headers: [string, string][] };

/** next.config.ts's headers() as the build resolved them (`.next/routes-manifest.json`). */
export function builtHeaderRules(dir: string): HeaderRule[] {
  const file = path.join(dir, ".next", "routes-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as {
    headers?: { regex: string; headers: { key: string; value: string }[] }[];
  };
  return (manifest.headers ?? []).map((rule) => ({
    regex: new RegExp(rule.regex),
    headers: rule.headers.map(({ key, value }) => [key, value]),
  }));
}

/** Every rule's headers whose path matches, later rules over earlier ones, as Next applies them. */
export function headersFor(rules: HeaderRule[], pathname: string): Map<string, [string, string]> {
  const out = new Map<string, [string, string]>();
  for (const rule of rules) {
    if (!rule.regex.test(pathname)) continue;
    for (const [key, value] of rule.headers) out.set(key.toLowerCase(), [key, value]);
  }
  return out;
}

/**
 * The body, cut off one byte past the route handlers' limit: readJson then refuses it as
 * guard.payload_too_large, as it would a whole one. A declared length past the limit is not read.
 * What follows a cut is read and dropped, as Node does with a body nobody read, so the answer
 * reaches the client and the connection stays usable.
 */
function readBody(req: IncomingMessage): Promise<Buffer<ArrayBuffer> | undefined> {
  if (req.method === "GET" || req.method === "HEAD") return Promise.resolve(undefined);
  if (Number(req.headers["content-length"] ?? 0) > MAX_BODY_BYTES)
    return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    // Gone before its body was asked for: no close is left to come.
    if (req.destroyed) return reject(new Error("The client closed the request."));
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (error?: Error) => {
      req.off("data", onData).off("end", onEnd).off("error", done).off("close", onClose);
      if (error) return reject(error);
      resolve(size > 0 ? Buffer.concat(chunks) : undefined);
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.byteLength;
      if (size > MAX_BODY_BYTES) {
        done();
        req.resume();
      }
    };
    const onEnd = () => done();
    // A connection reset can close the request without an error.
    const onClose = () => done(new Error("The client closed the request before its body ended."));
    req.on("data", onData).on("end", onEnd).on("error", done).on("close", onClose);
  });
}

/**
 * From Node's parsed headers, as Next builds its requests: they hold what the server wrote over
 * the client's (the peer address, lib/core/request-meta.ts), which the raw list does not.
 */
function requestHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  return headers;
}

/**
 * Answers `req` with `handler`. The URL's origin is the product's configured one (the Host header
 * is the client's to write); only the path and query come from the request line.
 */
export async function serveRoute(
  req: IncomingMessage,
  res: ServerResponse,
  handler: RouteHandler,
  { origin, headers: fixed }: { origin: string; headers: Map<string, [string, string]> },
): Promise<void> {
  const headers = requestHeaders(req);
  let body: Buffer<ArrayBuffer> | undefined;
  try {
    body = await readBody(req);
  } catch (error) {
    // The client went away mid-body: there is no one to answer, and nothing to report.
    if (req.destroyed) return;
    throw error;
  }
  const request = directRequest(
    new URL(req.url ?? "/", origin),
    { method: req.method, headers },
    body,
  );
  const response = await handler(request, { params: Promise.resolve({}) });
  const payload = await answerBytes(response);
  res.statusCode = response.status;
  for (const [key, value] of fixed.values()) res.setHeader(key, value);
  for (const [key, value] of response.headers) {
    // As Next sends a route's answer: its headers do not replace the build's, and what is
    // Next's own (the cookie copy NextResponse keeps) or framing stays out.
    if (SKIPPED.has(key) || fixed.has(key)) continue;
    res.setHeader(key, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader("Set-Cookie", cookies);
  res.setHeader("Content-Length", payload?.byteLength ?? 0);
  res.end(payload);
}
