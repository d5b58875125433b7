// An API operation's contract: method, path, schemas, success status and the error codes it may
// answer. Route handlers are built from contracts (route.ts) and the OpenAPI document is
// generated from them (openapi.ts), so the document cannot drift from the code.
import type { z } from "zod";
import type { ErrorCode } from "@/lib/core/errors";

export type Contract = {
  method: "get" | "put" | "post" | "patch" | "delete";
  path: string;
  summary: string;
  /** More than the summary says: cookies set, where a redirect goes. */
  description?: string;
  tag: string;
  /** The path's `{name}` parameters, validated before the handler runs. */
  params?: z.ZodType;
  query?: z.ZodType;
  input?: z.ZodType;
  response?: z.ZodType;
  status: number;
  errors: ErrorCode[];
  /** Public endpoints take no API key. */
  public?: boolean;
  /** Account endpoints take the signed-in user's session cookie instead of an API key. */
  session?: boolean;
  /** Sign-in flow endpoints take the flow cookie instead of an API key. */
  flow?: boolean;
};
