import { describe, expect, it } from "vitest";
import { clientIp, requestMeta } from "./request-meta";

const headers = (values: Record<string, string>) => new Headers(values);
const ipOf = (xff: string, hops: number) => clientIp(headers({ "x-forwarded-for": xff }), hops);

describe("clientIp", () => {
  it("ignores forwarding headers when no proxy is trusted", () => {
    expect(ipOf("203.0.113.7", 0)).toBeNull();
    expect(clientIp(headers({ "x-real-ip": "203.0.113.7" }), 0)).toBeNull();
    expect(requestMeta(headers({ "x-forwarded-for": "203.0.113.7" }), 0).ip).toBeNull();
  });

  it("takes the address the outermost trusted proxy saw, counted from the right", () => {
    expect(ipOf("203.0.113.7", 1)).toBe("203.0.113.7");
    expect(ipOf("198.51.100.1, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(ipOf("198.51.100.1, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
    expect(ipOf(" 198.51.100.1 ,203.0.113.7 ", 2)).toBe("198.51.100.1");
  });

  it("accepts IPv6 and unwraps IPv4-mapped addresses", () => {
    expect(ipOf("2001:db8::1", 1)).toBe("2001:db8::1");
    expect(ipOf("::ffff:203.0.113.7", 1)).toBe("203.0.113.7");
    expect(ipOf("::FFFF:203.0.113.7", 1)).toBe("203.0.113.7");
  });

  it.each([
    "<script>alert(1)</script>",
    "1.2.3.4<img src=x onerror=alert(1)>",
    '"><svg/onload=alert(1)>',
    "not an ip",
    "999.1.1.1",
    "01.2.3.4",
    "1.2.3.4:8080",
    "[2001:db8::1]",
    "fe80::1%<b>",
    "fe80::1%eth0",
    "unknown",
    "",
    " ",
    ",,,",
    "1.2.3.4 5.6.7.8",
    `${"1".repeat(10_000)}`,
    `1.2.3.4, ${"a,".repeat(5_000)}`,
  ])("stores no address for %j", (value) => {
    expect(ipOf(value, 1)).toBeNull();
  });

  it("stores no address when there are fewer entries than trusted hops", () => {
    expect(ipOf("203.0.113.7", 2)).toBeNull();
    expect(ipOf("203.0.113.7, 10.0.0.2", 3)).toBeNull();
    expect(clientIp(headers({}), 1)).toBeNull();
  });

  it("never trusts X-Real-IP on its own", () => {
    expect(clientIp(headers({ "x-real-ip": "203.0.113.7" }), 1)).toBeNull();
  });
});

describe("requestMeta", () => {
  it("caps the user agent", () => {
    const meta = requestMeta(headers({ "user-agent": "x".repeat(2000) }), 0);
    expect(meta.userAgent).toHaveLength(512);
  });
});

describe("clientIp with the server's peer address", () => {
  const withPeer = (peer: string, forwarded?: string) =>
    new Headers({ "x-twofold-peer": peer, ...(forwarded ? { "x-forwarded-for": forwarded } : {}) });

  it("is the peer itself with no trusted proxy, whatever X-Forwarded-For claims", () => {
    expect(clientIp(withPeer("203.0.113.9", "1.2.3.4"), 0)).toBe("203.0.113.9");
    expect(clientIp(withPeer("::ffff:127.0.0.1"), 0)).toBe("127.0.0.1");
  });

  it("is what the trusted proxy saw behind one hop", () => {
    expect(clientIp(withPeer("10.0.0.2", "6.6.6.6, 198.51.100.4"), 1)).toBe("198.51.100.4");
    expect(clientIp(withPeer("10.0.0.2"), 1)).toBeNull();
  });

  it("keeps nothing but an address", () => {
    expect(clientIp(withPeer("<script>"), 0)).toBeNull();
  });
});
