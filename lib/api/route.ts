// Builds a route handler from its contract: the contract's schemas validate the request and shape
// the response, so what /api/openapi.json says is what the handler does.
import type { z } from "zod";
import { type RouteSpec, route } from "@/lib/http/route";
import type { Contract } from "./contract";

type Pick_<T> = T extends z.ZodType ? T : undefined;
type Access = "management" | "session" | "admin" | "flow";
type Spec<C extends Contract, A extends Access> = RouteSpec<
  Pick_<C["input"]>,
  Pick_<C["query"]>,
  Pick_<C["response"]>,
  A,
  Pick_<C["params"]>
>;

/** The `{name}` segments of a contract's path. */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
}

function contractRoute<C extends Contract, A extends Access>(
  access: A,
  contract: C,
  handler: Spec<C, A>["handler"],
) {
  // An id from the path reaches the database only through its schema (PathId): a path parameter
  // without one would hand PostgreSQL a NUL byte, a 500. Refused when the module loads.
  if (pathParamNames(contract.path).length > 0 && !contract.params) {
    throw new Error(`${contract.method} ${contract.path} has path parameters but no params schema`);
  }
  const spec = {
    access,
    params: contract.params,
    input: contract.input,
    query: contract.query,
    response: contract.response,
    status: contract.status,
    handler,
  };
  return route(spec as unknown as Spec<C, A>);
}

/** A Management API operation: the caller is an API key. */
export const managementRoute = <C extends Contract>(
  contract: C,
  handler: Spec<C, "management">["handler"],
) => contractRoute("management", contract, handler);

/** An account API operation: the caller is the session cookie's user. */
export const accountRoute = <C extends Contract>(
  contract: C,
  handler: Spec<C, "session">["handler"],
) => contractRoute("session", contract, handler);

/** A console operation: the caller is the session cookie's user, who must be an admin. */
export const adminRoute = <C extends Contract>(contract: C, handler: Spec<C, "admin">["handler"]) =>
  contractRoute("admin", contract, handler);

/** A sign-in flow operation: the caller holds the flow cookie (maybe none yet, or a dead one). */
export const flowRoute = <C extends Contract>(contract: C, handler: Spec<C, "flow">["handler"]) =>
  contractRoute("flow", contract, handler);
