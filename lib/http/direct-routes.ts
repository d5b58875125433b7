// The sign-in flow's API (/api/experience and below) as the product's server answers it in
// production: straight from the route modules, not through Next.js's router, which costs about a
// millisecond of the one JavaScript thread per request, as much as most steps' own work, seven
// times over in a sign-in. The modules are the same files Next builds (app/api/experience/**),
// bundled into the server by esbuild's glob import, so a route added there is served here too.
// Anything that is not exactly one of their paths and methods (a trailing slash, HEAD, OPTIONS,
// an unknown path) goes on to Next, which answers it as before.
import type { RouteHandler } from "./node-bridge";

export const FLOW_API = "/api/experience";

type RouteModule = Partial<Record<string, RouteHandler>>;

// Lowercase words and hyphens between slashes: the only paths the tree has, and nothing a URL
// parser could read differently ("..", "%2e", "\\", a tab).
const SUB_PATH = /^(?:\/[a-z]+(?:-[a-z]+)*)*$/;
const METHODS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE"]);

/** The route module at this path, or undefined when the tree has none there. */
function load(sub: string): Promise<RouteModule> | undefined {
  if (sub === "") return import("@/app/api/experience/route");
  try {
    // esbuild turns this into a table of the matching files, which throws for any other path.
    return import(`../../app/api/experience/${sub.slice(1)}/route.ts`);
  } catch {
    return undefined;
  }
}

// Only real routes are remembered, so what a client sends cannot grow it.
const loaded = new Map<string, Promise<RouteModule>>();

/** The handler for this method and path (the query aside), or undefined to leave it to Next. */
export async function directRoute(
  method: string | undefined,
  pathname: string,
): Promise<RouteHandler | undefined> {
  if (!method || !METHODS.has(method)) return undefined;
  if (pathname !== FLOW_API && !pathname.startsWith(`${FLOW_API}/`)) return undefined;
  const sub = pathname.slice(FLOW_API.length);
  if (!SUB_PATH.test(sub)) return undefined;
  let module = loaded.get(sub);
  if (!module) {
    module = load(sub);
    if (!module) return undefined;
    loaded.set(sub, module);
  }
  const handler = (await module)[method];
  return typeof handler === "function" ? handler : undefined;
}
