// The one wrapper around every route handler: checks Origin on cookie-authenticated writes,
// resolves the caller, reads and validates the body, and turns thrown errors into responses.
import { NextResponse } from "next/server";
import type { z } from "zod";
import { getConfig } from "@/lib/config";
import { type SignedInUser, userFromSessionCookie } from "@/lib/sessions/current";
import { readJson } from "./body";
import { AppError } from "./errors";
import { FLOW_COOKIE, sessionCookieName } from "./cookies";
import { type RequestMeta, requestMeta } from "./request-meta";

/** Who may call: anyone, the holder of a sign-in flow cookie, a signed-in user, an admin. */
export type Access = "public" | "flow" | "session" | "admin";

type Context<I, A extends Access> = {
  request: Request;
  input: I;
  meta: RequestMeta;
  params: Record<string, string>;
  flowToken: A extends "flow" ? string | undefined : undefined;
  user: A extends "session" | "admin" ? SignedInUser : undefined;
};

type Spec<S extends z.ZodType | undefined, A extends Access, R> = {
  access: A;
  input?: S;
  status?: number;
  handler: (ctx: Context<S extends z.ZodType ? z.output<S> : undefined, A>) => Promise<R>;
};

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get("cookie") ?? "";
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

/** Route handlers have no CSRF protection of their own: a cookie-borne write must carry our Origin. */
export function assertSameOrigin(request: Request) {
  const origin = request.headers.get("origin");
  if (origin !== getConfig().origin) {
    throw new AppError("request.origin_not_allowed", { origin });
  }
}

export function errorResponse(error: unknown): NextResponse {
  if (error instanceof AppError) {
    return NextResponse.json(error.toJSON(), { status: error.status });
  }
  console.error("Unhandled error in route handler", error);
  return NextResponse.json(new AppError("unknown").toJSON(), { status: 500 });
}

export function route<
  S extends z.ZodType | undefined = undefined,
  A extends Access = Access,
  R = unknown,
>(spec: Spec<S, A, R>) {
  return async (request: Request, context?: { params?: Promise<Record<string, string>> }) => {
    try {
      if (spec.access !== "public" && WRITE_METHODS.has(request.method)) assertSameOrigin(request);
      let user: SignedInUser | undefined;
      if (spec.access === "session" || spec.access === "admin") {
        user = await userFromSessionCookie(readCookie(request, sessionCookieName()));
        if (!user) throw new AppError("auth.unauthorized");
        if (spec.access === "admin" && user.role !== "admin") throw new AppError("auth.forbidden");
      }
      const input = spec.input ? await readJson(request, spec.input) : undefined;
      const result = await spec.handler({
        request,
        input,
        meta: requestMeta(request.headers),
        params: (await context?.params) ?? {},
        flowToken: spec.access === "flow" ? readCookie(request, FLOW_COOKIE) : undefined,
        user,
      } as Context<S extends z.ZodType ? z.output<S> : undefined, A>);
      if (result instanceof Response) return result;
      if (result === undefined) return new NextResponse(null, { status: spec.status ?? 204 });
      return NextResponse.json(result, { status: spec.status ?? 200 });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
