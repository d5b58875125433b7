// Load scenarios on autocannon: each connection walks a sequence of requests with its own cookie
// jar, and a scenario counts only the sequences that ended as they should (a sign-in, a verified
// code). Pools of seeded flows or users are used once each; when one runs dry the run stops early.
import autocannon, { type Request } from "autocannon";

export type Step = {
  method: "GET" | "POST" | "PUT";
  path: (ctx: Ctx) => string;
  body?: (ctx: Ctx) => unknown;
  form?: (ctx: Ctx) => Record<string, string>;
  headers?: (ctx: Ctx) => Record<string, string>;
  /** Statuses this step may answer; anything else fails the sequence. */
  expect: number[];
  /** Reads what later steps need; false fails the sequence. */
  onResponse?: (
    ctx: Ctx,
    body: string,
    headers: Record<string, string | string[]>,
  ) => boolean | undefined;
};

export type Ctx = Record<string, unknown> & { cookies: Map<string, string>; failed?: boolean };

export type Scenario = {
  name: string;
  /** Called at each sequence start; false when the pool is exhausted. */
  begin: (ctx: Ctx) => boolean;
  steps: Step[];
  /** Origin header on every request (writes need it); none for the provider's endpoints. */
  origin?: string;
};

export type LoadResult = {
  /** Completed sequences per second. */
  rate: number;
  completed: number;
  failed: number;
  seconds: number;
  /** Whole-sequence latencies (ms). */
  p50: number;
  p99: number;
  exhausted: boolean;
};

const header = (headers: Record<string, string | string[]>, name: string) => {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  const value = key ? headers[key] : undefined;
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
};

function storeCookies(ctx: Ctx, headers: Record<string, string | string[]>) {
  for (const line of header(headers, "set-cookie")) {
    const [pair = ""] = line.split(";");
    const eq = pair.indexOf("=");
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    if (!value || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) ctx.cookies.delete(name);
    else ctx.cookies.set(name, value);
  }
}

export function location(headers: Record<string, string | string[]>) {
  return header(headers, "location")[0] ?? "";
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0) : 0;

export async function runScenario(
  base: string,
  scenario: Scenario,
  { connections, seconds }: { connections: number; seconds: number },
): Promise<LoadResult> {
  const durations: number[] = [];
  let completed = 0;
  let failed = 0;
  let exhausted = false;
  let instance: autocannon.Instance | undefined;
  const last = scenario.steps.length - 1;
  const requests = scenario.steps.map((step, i) => ({
    method: step.method,
    setupRequest: (req: Request, raw: object): Request => {
      const ctx = raw as Ctx;
      if (i === 0) {
        ctx.cookies = new Map();
        ctx.failed = false;
        ctx.startedAt = performance.now();
        if (!scenario.begin(ctx)) {
          exhausted = true;
          ctx.failed = true;
          instance?.stop();
        }
      }
      // A failed sequence (or one whose pool ran out) finishes on a cheap request instead of
      // sending nonsense; its steps' builders are not asked, as what they read may be missing.
      if (ctx.failed) return { ...req, method: "GET", path: "/api/health", headers: {} } as Request;
      const headers: Record<string, string> = { ...(step.headers?.(ctx) ?? {}) };
      if (scenario.origin) headers.origin = scenario.origin;
      if (ctx.cookies.size) {
        headers.cookie = [...ctx.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
      }
      let body: string | undefined;
      if (step.body) {
        headers["content-type"] = "application/json";
        body = JSON.stringify(step.body(ctx));
      } else if (step.form) {
        headers["content-type"] = "application/x-www-form-urlencoded";
        body = new URLSearchParams(step.form(ctx)).toString();
      }
      return { ...req, method: step.method, path: step.path(ctx), headers, body } as Request;
    },
    onResponse: (status: number, body: string, raw: object, rawHeaders: Request["headers"]) => {
      const headers = (rawHeaders ?? {}) as unknown as Record<string, string | string[]>;
      const ctx = raw as Ctx;
      if (ctx.failed) {
        if (i === last) failed += exhausted ? 0 : 1;
        return;
      }
      storeCookies(ctx, headers);
      if (!step.expect.includes(status)) {
        ctx.failed = true;
        if (failed < 3)
          console.warn(`  ${scenario.name} ${step.path(ctx)}: ${status} ${body.slice(0, 200)}`);
        if (i === last) failed += 1;
        return;
      }
      if (step.onResponse?.(ctx, body, headers) === false) {
        ctx.failed = true;
        if (i === last) failed += 1;
        return;
      }
      if (i === last) {
        completed += 1;
        durations.push(performance.now() - (ctx.startedAt as number));
      }
    },
  }));
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    instance = autocannon(
      { url: base, connections, duration: seconds, requests, timeout: 30 },
      (error: unknown) => (error ? reject(error) : resolve()),
    );
  });
  const elapsed = (performance.now() - started) / 1000;
  durations.sort((a, b) => a - b);
  return {
    rate: completed / elapsed,
    completed,
    failed,
    seconds: elapsed,
    p50: percentile(durations, 0.5),
    p99: percentile(durations, 0.99),
    exhausted,
  };
}
