// Builds a Management API route handler from its contract.
import type { z } from "zod";
import { type RouteSpec, route } from "@/lib/http/route";
import type { Contract } from "./contracts";

type Pick_<T> = T extends z.ZodType ? T : undefined;
type Handler<C extends Contract> = RouteSpec<
  Pick_<C["input"]>,
  Pick_<C["query"]>,
  Pick_<C["response"]>,
  "management"
>["handler"];

export function managementRoute<C extends Contract>(contract: C, handler: Handler<C>) {
  const spec = {
    access: "management",
    input: contract.input,
    query: contract.query,
    response: contract.response,
    status: contract.status,
    handler,
  };
  return route(
    spec as unknown as RouteSpec<
      Pick_<C["input"]>,
      Pick_<C["query"]>,
      Pick_<C["response"]>,
      "management"
    >,
  );
}
