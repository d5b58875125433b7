import { NextResponse } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { flowCookieName } from "./cookies";
import { clearFlowCookie, withFlowCookie } from "./flow-cookie";

const config = vi.hoisted(() => ({ secureCookies: false }));
vi.mock("@/lib/config", () => ({ getConfig: () => config }));

const setCookie = (response: NextResponse) => response.headers.getSetCookie()[0] ?? "";

describe("the flow cookie", () => {
  beforeEach(() => {
    config.secureCookies = false;
  });

  it("is a host-only, Secure __Host- cookie on https, so a sibling subdomain cannot plant one", () => {
    config.secureCookies = true;
    expect(flowCookieName()).toBe("__Host-twofold_flow");
    const line = setCookie(
      withFlowCookie(NextResponse.json({}), "token", new Date(Date.now() + 1000)),
    );
    expect(line).toMatch(/^__Host-twofold_flow=token;/);
    expect(line).toMatch(/; Secure/i);
    expect(line).toMatch(/; Path=\//i);
    expect(line).not.toMatch(/Domain=/i);
    // Clearing must repeat Secure, or the browser ignores it for a __Host- name.
    expect(setCookie(clearFlowCookie(NextResponse.json({})))).toMatch(
      /^__Host-twofold_flow=;.*Secure/i,
    );
  });

  it("keeps the plain name over http, where __Host- cookies cannot be set", () => {
    expect(flowCookieName()).toBe("twofold_flow");
    const line = setCookie(
      withFlowCookie(NextResponse.json({}), "token", new Date(Date.now() + 1000)),
    );
    expect(line).toMatch(/^twofold_flow=token;/);
    expect(line).not.toMatch(/Secure/i);
  });
});
