// Branding through the Management API and the logo store: the rules refuse with the field's path
// and write nothing, the product name becomes the TOTP issuer, and logos are served by hash.
import { beforeAll, describe, expect, it } from "vitest";
import * as signInExp from "@/app/api/sign-in-exp/route";
import * as logoRoute from "@/app/branding/[file]/route";
import { DEFAULT_BRANDING } from "@/lib/branding/schemas";
import { storeLogo } from "@/lib/branding/store-logo";
import { AppError } from "@/lib/core/errors";
import { getDb } from "@/lib/db/client";
import { contracts } from "@/lib/management/contracts";
import { TestClient } from "../helpers/client";
import { migrateTestDatabase, registerViaApi } from "../helpers/experience";
import { callApi, newKey } from "../helpers/management";
import { mfaApi, passwordStep, setMfa } from "../helpers/mfa";

let key = "";
beforeAll(async () => {
  await migrateTestDatabase();
  key = (await newKey()).key;
});

const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
  0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
]);
const svg = (inner: string) =>
  new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg">${inner}</svg>`);

const getBranding = async () =>
  (await callApi(contracts.getSignInExp, signInExp.GET, key)).body.branding;
const patch = (branding: unknown) =>
  callApi(contracts.updateSignInExp, signInExp.PATCH, key, { body: { branding } });

async function serve(file: string) {
  const response = await logoRoute.GET(new Request(`http://localhost:3000/branding/${file}`), {
    params: Promise.resolve({ file }),
  });
  return response;
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  const issues = (error as AppError).data?.issues as { path: string; message: string }[];
  expect(issues[0]?.path).toBe("logo");
  return issues[0]?.message ?? "";
}

describe("branding in GET|PATCH /api/sign-in-exp", () => {
  it("starts from the defaults and changes only the fields given", async () => {
    expect(await getBranding()).toEqual(DEFAULT_BRANDING);
    const changed = await patch({ productName: "  Acme ID ", primaryColor: "#1D4ED8" });
    expect(changed.status).toBe(200);
    expect(changed.body.branding).toEqual({
      productName: "Acme ID",
      primaryColor: "#1d4ed8",
      darkMode: "light",
    });
    expect((await patch({ darkMode: "auto" })).body.branding).toMatchObject({
      productName: "Acme ID",
      darkMode: "auto",
    });
  });

  it.each([
    [{ primaryColor: "#ffcc00" }, "branding.primaryColor", /contrast of 1\.5:1/],
    [{ primaryColor: "#777777" }, "branding.primaryColor", /4\.4:1/],
    [{ primaryColor: "#fff" }, "branding.primaryColor", /#4f46e5/],
    [{ primaryColor: "javascript:alert(1)" }, "branding.primaryColor", /colour/],
    [{ productName: "" }, "branding.productName", /Enter/],
    [{ productName: "   " }, "branding.productName", /Enter/],
    [{ productName: "x".repeat(41) }, "branding.productName", /40/],
    [{ productName: "Acme:Evil" }, "branding.productName", /colon/],
    [{ productName: "Acme\r\nSet-Cookie: a=b" }, "branding.productName", /control/],
    [{ productName: "Acme\u202e" }, "branding.productName", /control/],
    [{ darkMode: "sepia" }, "branding.darkMode", /./],
    [{ logoUrl: "https://evil.example/logo.png" }, "branding.logoUrl", /console/],
    [{ logoUrl: `/branding/logo-${"0".repeat(64)}.png` }, "branding.logoUrl", /No uploaded logo/],
    [{ logoUrl: `/branding/logo-${"a".repeat(64)}.png/../../x` }, "branding.logoUrl", /console/],
    [{ extra: 1 }, "branding", /./],
  ])("refuses %j with 400 naming the field, writing nothing", async (body, path, message) => {
    const before = await getBranding();
    const result = await patch(body);
    expect(result.status).toBe(400);
    expect(result.body.code).toBe("guard.invalid_input");
    const issues = result.body.data?.issues as { path: string; message: string }[];
    expect(issues.map((i) => i.path)).toContain(path);
    expect(issues.find((i) => i.path === path)?.message).toMatch(message);
    expect(await getBranding()).toEqual(before);
  });

  it("uses the product name as the TOTP issuer of new enrollments", async () => {
    await patch({ productName: "Acme ID" });
    await setMfa(["Totp", "BackupCode"]);
    const user = await registerViaApi();
    const flow = new TestClient();
    await passwordStep(flow, user.username, user.password);
    const issued = await mfaApi.totpSecret(flow);
    const uri = new URL(issued.body.otpauthUri as string);
    expect(uri.host).toBe("totp");
    expect(decodeURIComponent(uri.pathname)).toBe(`/Acme ID:${user.email}`);
    expect(uri.searchParams.get("issuer")).toBe("Acme ID");
  });

  it("keeps one valid branding when 40 changes arrive at once", async () => {
    const colours = Array.from(
      { length: 40 },
      (_, i) => `#${(0x100000 + i * 0x10101).toString(16)}`,
    );
    const results = await Promise.all(colours.map((primaryColor) => patch({ primaryColor })));
    expect(results.map((r) => r.status)).toEqual(colours.map(() => 200));
    const { primaryColor } = (await getBranding()) as { primaryColor: string };
    expect(colours).toContain(primaryColor);
  });
});

describe("logos", () => {
  it("stores a PNG once by its hash and serves it with long-lived, typed headers", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => storeLogo(PNG)));
    const logoUrl = results[0]?.logoUrl ?? "";
    expect(logoUrl).toMatch(/^\/branding\/logo-[0-9a-f]{64}\.png$/);
    expect(new Set(results.map((r) => r.logoUrl)).size).toBe(1);
    expect(await getDb().brandingAsset.count()).toBe(1);

    const response = await serve(logoUrl.slice("/branding/".length));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toBeNull();
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG);

    expect((await patch({ logoUrl })).body.branding).toMatchObject({ logoUrl });
    const removed = await patch({ logoUrl: null });
    expect(removed.status).toBe(200);
    expect(removed.body.branding).not.toHaveProperty("logoUrl");
  });

  it("serves an SVG with a policy that forbids scripts and fetches", async () => {
    const { logoUrl } = await storeLogo(svg('<rect width="1" height="1"/>'));
    expect(logoUrl).toMatch(/\.svg$/);
    const response = await serve(logoUrl.slice("/branding/".length));
    expect(response.headers.get("content-type")).toBe("image/svg+xml");
    expect(response.headers.get("content-security-policy")).toBe(
      "default-src 'none'; style-src 'unsafe-inline'",
    );
    expect(response.headers.get("content-disposition")).toBe("inline");
  });

  it("answers 404 to names it does not know, whatever they look like", async () => {
    const { logoUrl } = await storeLogo(PNG);
    const hash = /logo-([0-9a-f]{64})/.exec(logoUrl)?.[1] ?? "";
    for (const file of [
      `logo-${hash}.svg`,
      `logo-${hash}.PNG`,
      `logo-${hash.toUpperCase()}.png`,
      `logo-${"0".repeat(64)}.png`,
      `logo-${hash}.png%00`,
      `logo-${hash}.png\n`,
      "..%2F..%2Fetc%2Fpasswd",
      "logo-.png",
      "",
    ]) {
      const response = await serve(file);
      expect(response.status, JSON.stringify(file)).toBe(404);
    }
  });

  it("refuses files that are not what they must be, storing nothing", async () => {
    const before = await getDb().brandingAsset.count();
    expect(await refusal(storeLogo(new TextEncoder().encode("GIF89a....")))).toMatch(/PNG, JPEG/);
    expect(await refusal(storeLogo(new Uint8Array()))).toMatch(/Choose/);
    const big = new Uint8Array(256 * 1024 + 1);
    big.set(PNG);
    expect(await refusal(storeLogo(big))).toMatch(/256 KiB/);
    expect(await refusal(storeLogo(svg("<script>alert(1)</script>")))).toMatch(/<script>/);
    expect(await refusal(storeLogo(svg('<use href="https://evil.example/a#b"/>')))).toMatch(
      /outside the file/,
    );
    expect(await refusal(storeLogo(Uint8Array.from([0x3c, 0xff, 0xfe])))).toMatch(/UTF-8/);
    expect(await getDb().brandingAsset.count()).toBe(before);
  });
});
