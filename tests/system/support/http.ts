// A browser for system tests: one cookie jar, any instance per request (the load balancer's
// choice), the public URL's Origin on every request, redirects not followed.
import { TestClient } from "../../helpers/client";
import { TEST_PUBLIC_URL } from "../../setup/env";
import type { Instance } from "./instance";

export type Answer = {
  status: number;
  body: Record<string, unknown> & { code?: string; data?: Record<string, unknown> };
  text: string;
  headers: Headers;
  location: string | null;
};

type Options = {
  body?: unknown;
  form?: Record<string, string>;
  headers?: Record<string, string>;
  origin?: string | null;
};

export class HttpBrowser {
  readonly jar = new TestClient();

  async call(on: Instance, method: string, path: string, options: Options = {}): Promise<Answer> {
    const headers = new Headers(options.headers);
    if (options.origin !== null) headers.set("origin", options.origin ?? TEST_PUBLIC_URL);
    if (this.jar.cookies.size > 0) {
      headers.set("cookie", [...this.jar.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    }
    let body: string | undefined;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers.set("content-type", "application/json");
    } else if (options.form) {
      body = new URLSearchParams(options.form).toString();
      headers.set("content-type", "application/x-www-form-urlencoded");
    }
    // A path or a public URL; either way it goes to `on`.
    const url = new URL(path, TEST_PUBLIC_URL);
    const response = await fetch(`${on.base}${url.pathname}${url.search}`, {
      method,
      headers,
      body,
      redirect: "manual",
    });
    this.jar.storeCookies(response.headers);
    const text = await response.text();
    let parsed: Answer["body"] = {};
    if (response.headers.get("content-type")?.includes("json") && text) parsed = JSON.parse(text);
    const location = response.headers.get("location");
    return {
      status: response.status,
      body: parsed,
      text,
      headers: response.headers,
      location: location && new URL(location, TEST_PUBLIC_URL).href,
    };
  }
}
