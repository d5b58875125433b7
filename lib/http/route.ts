// The one wrapper around every route handler: checks Origin on cookie-authenticated writes,
// resolves the caller (flow cookie, session, admin session or Management API key), applies the
// per-key rate limit, validates the route params, body and query, parses the response through
// its schema (so no field leaks by accident), and turns thrown errors into responses. Every
// answer, errors included, is Cache-Control: no-store: API answers carry secrets, codes and
// personal data.
import { NextResponse } from "next/server";
import type { z } from "zod";
import { API_KEY_REFUSED, type ApiKeyCaller, resolveApiKey } from "@/lib/api-keys/keys";
import { takeRateLimit } from "@/lib/api-keys/rate-limit";
import { AppError } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/input";
import { type RequestMeta, requestMeta } from "@/lib/core/request-meta";
import {
  isDatabaseUnavailable,
  logDatabaseUnavailable,
  RETRY_AFTER_SECONDS,
} from "@/lib/db/unavailable";
import { type SessionOfUser, userFromSessionCookie } from "@/lib/sessions/current";
import { readJson } from "./body";
import { flowCookieName, sessionCookieName } from "./cookies";
import { isDirectRequest, keepAnswerText } from "./direct-body";
import { assertAllowedOrigin } from "./origin";

/** Who may call: anyone, a sign-in flow cookie, a signed-in user, an admin, an API key. */
export type Access = "public" | "flow" | "session" | "admin" | "management";

type Schema = z.ZodType | undefined;
type Out<S extends Schema> = S extends z.ZodType ? z.output<S> : undefined;

type Context<I, Q, A extends Access, P = Record<string, string>> = {
  request: Request;
  input: I;
  query: Q;
  meta: RequestMeta;
  params: P;
  /** Headers to add to the response (e.g. Total-Number). */
  responseHeaders: Headers;
  flowToken: A extends "flow" ? string | undefined : undefined;
  user: A extends "session" | "admin" ? SessionOfUser : undefined;
  apiKey: A extends "management" ? ApiKeyCaller : undefined;
};

type Params<P extends Schema> = P extends z.ZodType ? z.output<P> : Record<string, string>;

export type RouteSpec<
  S extends Schema,
  Q extends Schema,
  R extends Schema,
  A extends Access,
  P extends Schema = undefined,
> = {
  access: A;
  /** The path's parameters; an odd value is refused as guard.invalid_input. */
  params?: P;
  input?: S;
  query?: Q;
  /** When given, the handler's result is parsed through it: unknown fields are dropped. */
  response?: R;
  status?: number;
  /**
   * Returns the body, or a whole Response (a redirect, an answer that sets a cookie), which is
   * passed through as it is.
   */
  handler: (
    ctx: Context<Out<S>, Out<Q>, A, Params<P>>,
  ) => Promise<(R extends z.ZodType ? z.input<R> : unknown) | Response>;
};

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** An undecodable value (stray "%", broken UTF-8) counts as absent, as in Next's own parser. */
export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get("cookie") ?? "";
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join("="));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Route handlers have no CSRF protection of their own: a cookie-borne write must carry our Origin. */
export function assertSameOrigin(request: Request) {
  assertAllowedOrigin(request.headers.get("origin"));
}

/** Marks an answer as never to be stored by a browser or proxy cache. */
export function noStore(response: Response): Response {
  try {
    response.headers.set("Cache-Control", "no-store");
    return response;
  } catch {
    // Response.redirect() and fetched responses have immutable headers: copy them over.
    const copy = new Response(response.body, response);
    copy.headers.set("Cache-Control", "no-store");
    return copy;
  }
}

export function errorResponse(error: unknown): NextResponse {
  if (error instanceof AppError) {
    const response = NextResponse.json(error.toJSON(), { status: error.status });
    const retryAfter = error.data?.retryAfter;
    if (typeof retryAfter === "number") response.headers.set("Retry-After", String(retryAfter));
    if (error.status === 401) response.headers.set("WWW-Authenticate", 'Bearer realm="twofold"');
    return response;
  }
  if (isDatabaseUnavailable(error)) {
    logDatabaseUnavailable(error);
    return errorResponse(
      new AppError("service.database_unavailable", { retryAfter: RETRY_AFTER_SECONDS }),
    );
  }
  console.error("Unhandled error in route handler", error);
  return NextResponse.json(new AppError("unknown").toJSON(), { status: 500 });
}

/**
 * `NextResponse.json(body, { status })`; to a request the product's server answers past Next,
 * without the body stream, which that server does not need (direct-body.ts).
 */
function jsonAnswer(request: Request, body: unknown, status: number): NextResponse {
  if (!isDirectRequest(request)) return NextResponse.json(body, { status });
  const headers = { "content-type": "application/json" };
  return keepAnswerText(new NextResponse(null, { status, headers }), JSON.stringify(body));
}

/** Bearer key → caller; read-only keys may only read; each key has its own rate limit. */
async function management(request: Request): Promise<ApiKeyCaller> {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  const caller = await resolveApiKey(match?.[1] ?? null);
  // Same code as a missing session (DESIGN §6: 401), but a message a backend's author can act on.
  if (!caller) throw new AppError("auth.unauthorized", undefined, API_KEY_REFUSED);
  if (WRITE_METHODS.has(request.method) && caller.scope !== "write") {
    throw new AppError("auth.forbidden", { reason: "read_only_key" });
  }
  await takeRateLimit(`api-key:${caller.id}`);
  return caller;
}

export function route<
  S extends Schema = undefined,
  Q extends Schema = undefined,
  R extends Schema = undefined,
  A extends Access = Access,
  P extends Schema = undefined,
>(spec: RouteSpec<S, Q, R, A, P>) {
  type RouteContext = { params?: Promise<Record<string, string>> };
  const handle = async (request: Request, context?: RouteContext): Promise<Response> => {
    try {
      const cookieBorne = spec.access !== "public" && spec.access !== "management";
      if (cookieBorne && WRITE_METHODS.has(request.method)) assertSameOrigin(request);
      let user: SessionOfUser | undefined;
      if (spec.access === "session" || spec.access === "admin") {
        user = await userFromSessionCookie(readCookie(request, sessionCookieName()));
        if (!user) throw new AppError("auth.unauthorized");
        if (spec.access === "admin" && user.role !== "admin") throw new AppError("auth.forbidden");
      }
      const apiKey = spec.access === "management" ? await management(request) : undefined;
      const rawParams = (await context?.params) ?? {};
      const params = spec.params ? parseInput(spec.params, rawParams) : rawParams;
      const input = spec.input ? await readJson(request, spec.input) : undefined;
      const query = spec.query
        ? parseInput(spec.query, Object.fromEntries(new URL(request.url).searchParams))
        : undefined;
      const responseHeaders = new Headers();
      const result = await spec.handler({
        request,
        input,
        query,
        meta: requestMeta(request.headers),
        params,
        responseHeaders,
        flowToken: spec.access === "flow" ? readCookie(request, flowCookieName()) : undefined,
        user,
        apiKey,
      } as Context<Out<S>, Out<Q>, A, Params<P>>);
      if (result instanceof Response) return result;
      const body = spec.response ? spec.response.parse(result) : result;
      const response =
        body === undefined
          ? new NextResponse(null, { status: spec.status ?? 204 })
          : jsonAnswer(request, body, spec.status ?? 200);
      for (const [key, value] of responseHeaders) response.headers.set(key, value);
      return response;
    } catch (error) {
      return errorResponse(error);
    }
  };
  return async (request: Request, context?: RouteContext) =>
    noStore(await handle(request, context));
}
