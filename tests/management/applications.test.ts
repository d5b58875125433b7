// Applications Management API: Logto-compatible shapes, the secret shown once and stored
// encrypted, rotation, redirect-URI rules (a table of hostile values), audit events.
import { beforeAll, describe, expect, it } from "vitest";
import * as one from "@/app/api/applications/[id]/route";
import * as secret from "@/app/api/applications/[id]/secret/route";
import * as all from "@/app/api/applications/route";
import { openClientSecret } from "@/lib/applications/secret";
import { getDb } from "@/lib/db/client";
import { contracts } from "@/lib/management/contracts";
import { migrateTestDatabase } from "../helpers/experience";
import { callApi, newKey } from "../helpers/management";

let key = "";
let readKey = "";
beforeAll(async () => {
  await migrateTestDatabase();
  key = (await newKey()).key;
  readKey = (await newKey("read")).key;
});

const create = (body: unknown, k = key) =>
  callApi(contracts.createApplication, all.POST, k, { body });
const at = (id: string, suffix = "") => ({
  path: `/api/applications/${id}${suffix}`,
  params: { id },
});

const web = (redirectUris: string[], type = "Traditional") => ({
  name: "Shop",
  type,
  oidcClientMetadata: { redirectUris, postLogoutRedirectUris: [] },
});

describe("applications", () => {
  it("creates a Traditional app with a secret shown once and stored encrypted", async () => {
    const created = await create({
      ...web(["https://shop.example/callback"]),
      oidcClientMetadata: {
        redirectUris: ["https://shop.example/callback"],
        postLogoutRedirectUris: ["https://shop.example/"],
      },
      requireMfa: true,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: "Shop",
      type: "Traditional",
      requireMfa: true,
      oidcClientMetadata: {
        redirectUris: ["https://shop.example/callback"],
        postLogoutRedirectUris: ["https://shop.example/"],
      },
    });
    const id = String(created.body.id);
    const plain = String(created.body.secret);
    expect(plain.length).toBeGreaterThanOrEqual(40);
    const row = await getDb().application.findUniqueOrThrow({ where: { id } });
    expect(row.secret).not.toContain(plain);
    expect(openClientSecret(row.secret ?? "")).toBe(plain);

    const read = await callApi(contracts.getApplication, one.GET, readKey, at(id));
    expect(read.status).toBe(200);
    expect(read.body.secret).toBeUndefined();
    const list = await callApi(contracts.listApplications, all.GET, readKey);
    expect((list.body as unknown as { id: string }[]).some((a) => a.id === id)).toBe(true);

    const events = await getDb().auditEvent.findMany({ where: { type: "application.created" } });
    expect(events.some((e) => e.data.includes(id))).toBe(true);
    expect(events.every((e) => !e.data.includes(plain))).toBe(true);
  });

  it("gives SPA and Native apps no secret, and refuses to rotate one", async () => {
    const spa = await create(web(["http://localhost:5173/callback"], "SPA"));
    expect(spa.status).toBe(201);
    expect(spa.body.secret).toBeUndefined();
    const rotated = await callApi(
      contracts.rotateApplicationSecret,
      secret.POST,
      key,
      at(String(spa.body.id), "/secret"),
    );
    expect(rotated.status).toBe(400);
    expect(rotated.body.code).toBe("application.no_secret");
  });

  it("rotates a secret: the new one is returned once, the old one no longer matches", async () => {
    const created = await create(web(["https://shop.example/cb"]));
    const id = String(created.body.id);
    const rotated = await callApi(
      contracts.rotateApplicationSecret,
      secret.POST,
      key,
      at(id, "/secret"),
    );
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(created.body.secret);
    const row = await getDb().application.findUniqueOrThrow({ where: { id } });
    expect(openClientSecret(row.secret ?? "")).toBe(rotated.body.secret);
    expect(await getDb().auditEvent.count({ where: { type: "application.secret_rotated" } })).toBe(
      1,
    );
  });

  it("updates and deletes; unknown ids are entity.not_found", async () => {
    const created = await create(web(["https://shop.example/cb"]));
    const id = String(created.body.id);
    const patched = await callApi(contracts.updateApplication, one.PATCH, key, {
      ...at(id),
      body: {
        name: "Shop 2",
        requireMfa: true,
        oidcClientMetadata: { redirectUris: ["https://b.example/cb"] },
      },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: "Shop 2", requireMfa: true });
    expect(patched.body.oidcClientMetadata).toEqual({
      redirectUris: ["https://b.example/cb"],
      postLogoutRedirectUris: [],
    });
    const badPatch = await callApi(contracts.updateApplication, one.PATCH, key, {
      ...at(id),
      body: { oidcClientMetadata: { redirectUris: ["http://evil.example/cb"] } },
    });
    expect(badPatch.status).toBe(400);
    expect((await callApi(contracts.deleteApplication, one.DELETE, key, at(id))).status).toBe(204);
    const gone = await callApi(contracts.getApplication, one.GET, key, at(id));
    expect(gone.status).toBe(404);
    expect(gone.body.code).toBe("entity.not_found");
    expect((await callApi(contracts.deleteApplication, one.DELETE, key, at(id))).status).toBe(404);
  });

  it("refuses writes with a read-only key and calls without a key", async () => {
    expect((await create(web(["https://a.example/cb"]), readKey)).status).toBe(403);
    expect((await create(web(["https://a.example/cb"]), "")).status).toBe(401);
  });

  const refused: [string, string][] = [
    ["relative", "/callback"],
    ["wildcard host", "https://*.example.com/cb"],
    ["wildcard path", "https://a.example/*"],
    ["plain http", "http://a.example/cb"],
    ["http on another loopback name", "http://localhost.evil.example/cb"],
    ["fragment", "https://a.example/cb#x"],
    ["custom scheme for a web app", "com.example.app:/cb"],
    ["javascript", "javascript:alert(1)"],
    ["data", "data:text/html,hi"],
    ["tab", "https://a.example/c\tb"],
    ["CR/LF", "https://a.example/cb\r\nLocation: https://evil.example"],
    ["backslash", "https://a.example\\@evil.example/cb"],
    ["lone surrogate", "https://a.example/\uD800"],
    ["malformed percent-encoding", "https://a.example/%E0%A4%A"],
    ["space", "https://a.example/c b"],
  ];
  it.each(refused)("refuses a redirect URI: %s", async (_, uri) => {
    const result = await create(web([uri]));
    expect(result.status).toBe(400);
    expect(result.body.code).toBe("guard.invalid_input");
  });

  it("accepts loopback http, and custom schemes only for Native apps", async () => {
    expect((await create(web(["http://127.0.0.1:8080/cb"]))).status).toBe(201);
    expect((await create(web(["http://localhost/cb"], "SPA"))).status).toBe(201);
    expect((await create(web(["com.example.app:/oauth"], "Native"))).status).toBe(201);
    expect((await create(web(["com.example.app:/oauth"], "SPA"))).status).toBe(400);
    const bad = await create({
      ...web(["https://ok.example/cb"]),
      oidcClientMetadata: {
        redirectUris: ["https://ok.example/cb"],
        postLogoutRedirectUris: ["ftp://x"],
      },
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.data)).toContain("oidcClientMetadata.postLogoutRedirectUris.0");
  });
});
