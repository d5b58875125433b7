// HSTS when the public URL is https, never over plain http. Next.js evaluates next.config's
// headers at build time, so the build fingerprint must change with the scheme too, or an
// `npm start` with a new TWOFOLD_PUBLIC_URL would serve the old build's headers.
import { afterEach, describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { fingerprint } from "@/scripts/build.mjs";

const original = process.env.TWOFOLD_PUBLIC_URL;
afterEach(() => {
  process.env.TWOFOLD_PUBLIC_URL = original;
});

/** Each header rule's headers; between them the rules cover every path (the preview has its own). */
async function rulesFor(publicUrl: string) {
  process.env.TWOFOLD_PUBLIC_URL = publicUrl;
  const rules = (await nextConfig.headers?.()) ?? [];
  return rules.map(
    (rule) => new Map(rule.headers.map((h) => [h.key.toLowerCase(), h.value] as const)),
  );
}

describe("Strict-Transport-Security", () => {
  it("is sent on every path when the public URL is https", async () => {
    const rules = await rulesFor("https://id.example.com");
    expect(rules.length).toBeGreaterThan(0);
    for (const headers of rules) {
      expect(headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
      expect(headers.get("x-content-type-options")).toBe("nosniff");
    }
  });

  it("is not sent over plain http", async () => {
    for (const headers of await rulesFor("http://localhost:3000")) {
      expect(headers.has("strict-transport-security")).toBe(false);
    }
  });

  it("makes npm start rebuild when the public URL's scheme changes", () => {
    process.env.TWOFOLD_PUBLIC_URL = "http://id.example.com";
    const plain = fingerprint();
    process.env.TWOFOLD_PUBLIC_URL = "https://id.example.com";
    const secure = fingerprint();
    expect(secure).not.toBe(plain);
    // Only the scheme reaches the build: another host needs no rebuild.
    process.env.TWOFOLD_PUBLIC_URL = "https://other.example.com";
    expect(fingerprint()).toBe(secure);
  });
});
