// Calls the real route handlers in-process, like a browser would: a cookie jar, an Origin
// header (omit or change it per call), JSON bodies, and the parsed response.
import { NextRequest } from "next/server";
import { TEST_PUBLIC_URL } from "../setup/env";

type Handler = (
  request: NextRequest,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>;

export type CallOptions = {
  body?: unknown;
  /** A raw body string, sent as is (for malformed JSON and size tests). */
  rawBody?: string;
  /** `null` sends no Origin header; default is the public URL's origin. */
  origin?: string | null;
  headers?: Record<string, string>;
  params?: Record<string, string>;
};

export type CallResult = {
  status: number;
  body: Record<string, unknown> & { code?: string; data?: Record<string, unknown> };
  headers: Headers;
};

export class TestClient {
  readonly cookies = new Map<string, string>();

  async call(
    handler: Handler,
    method: string,
    path: string,
    options: CallOptions = {},
  ): Promise<CallResult> {
    const headers = new Headers(options.headers);
    if (options.origin !== null) headers.set("origin", options.origin ?? TEST_PUBLIC_URL);
    if (this.cookies.size > 0) {
      headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    }
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers.set("content-type", "application/json");
    }
    const request = new NextRequest(new URL(path, TEST_PUBLIC_URL), { method, headers, body });
    const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
    this.storeCookies(response.headers);
    const text = await response.text();
    let parsed: CallResult["body"] = {};
    if (text && response.headers.get("content-type")?.includes("json")) parsed = JSON.parse(text);
    return { status: response.status, body: parsed, headers: response.headers };
  }

  /** Keeps what a response set, as a browser would (also for responses fetched over HTTP). */
  storeCookies(headers: Headers) {
    for (const line of headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some((a) => {
        const [key = "", val = ""] = a.trim().split("=");
        if (key.toLowerCase() === "max-age") return Number(val) <= 0;
        if (key.toLowerCase() === "expires") return new Date(val).getTime() <= Date.now();
        return false;
      });
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}
