// The audit log's CSV export: only for admins, the console's filters, RFC 4180 quoting and
// formula injection neutralised; plus the labels, outcomes and actors the log shows.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/console/audit-log/export/route";
import { createApiKey } from "@/lib/api-keys/keys";
import { listAuditEvents } from "@/lib/audit/list-events";
import { recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import type { TestClient } from "../helpers/client";
import { migrateTestDatabase, registerViaApi, signInViaApi } from "../helpers/experience";
import { TEST_PUBLIC_URL } from "../setup/env";

beforeAll(migrateTestDatabase);

async function download(client: TestClient | null, search = "") {
  const headers = new Headers();
  if (client) headers.set("cookie", [...client.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
  const request = new NextRequest(
    new URL(`/api/console/audit-log/export${search}`, TEST_PUBLIC_URL),
    { headers },
  );
  const response = await GET(request, { params: Promise.resolve({}) });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** Splits RFC 4180 text into rows of cells (quoted cells may hold commas, quotes, line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const next = text[i + 1];
    if (quoted && c === '"' && next === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      row.push(cell);
      cell = "";
    } else if (!quoted && c === "\r" && next === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe("audit log export", () => {
  it("needs an admin session", async () => {
    expect((await download(null)).status).toBe(401);
    const user = await registerViaApi();
    const refused = await download(user.client);
    expect(refused.status).toBe(403);
    expect(refused.text).toContain("auth.forbidden");
  });

  it("exports the filtered view, quoted, with formulas neutralised", async () => {
    const admin = await registerViaApi();
    await getDb().user.update({ where: { id: admin.id }, data: { role: "admin" } });
    const victim = await registerViaApi();
    await signInViaApi(victim.username, "wrong-password");
    // A hostile user agent and a value with a comma, quotes and a line break.
    await recordAudit({
      type: "sign_in.failed",
      actor: { type: "user", id: victim.id },
      userId: victim.id,
      meta: { ip: "203.0.113.9", userAgent: '=HYPERLINK("http://evil.example","x")' },
      data: { reason: "invalid_credentials" },
    });
    await recordAudit({
      type: "mfa.reset",
      actor: { type: "admin", id: admin.id },
      userId: victim.id,
      meta: { ip: null, userAgent: 'Agent, "quoted"\nsecond line' },
      data: { removed: 2, sessionsEnded: 1 },
    });

    const all = await download(admin.client);
    expect(all.status).toBe(200);
    expect(all.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(all.headers.get("content-disposition")).toMatch(
      /^attachment; filename="audit-log-\d{4}-\d\d-\d\d\.csv"$/,
    );
    expect(all.headers.get("cache-control")).toBe("no-store");
    expect(all.text.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(all.text);
    expect(rows[0]).toEqual([
      "Time (UTC)",
      "Event",
      "Type",
      "Outcome",
      "Actor",
      "User",
      "IP",
      "User agent",
      "Details",
    ]);
    const reset = rows.find((r) => r[2] === "mfa.reset");
    expect(reset?.slice(1)).toEqual([
      "MFA reset",
      "mfa.reset",
      "Admin change",
      admin.username,
      victim.username,
      "",
      'Agent, "quoted"\nsecond line',
      "2 factors removed",
    ]);
    expect(all.text).toContain('"Agent, ""quoted""\nsecond line"');
    const hostile = rows.find((r) => r[6] === "203.0.113.9");
    expect(hostile?.[7]).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(all.text).not.toMatch(/(^|,)=HYPERLINK/m);

    const failures = parseCsv(
      (await download(admin.client, `?user=${victim.email}&outcome=failure`)).text,
    );
    expect(failures.slice(1).map((r) => r[2])).toEqual(["sign_in.failed", "sign_in.failed"]);
    expect(failures.slice(1).every((r) => r[5] === victim.username && r[3] === "Failure")).toBe(
      true,
    );

    const byActor = parseCsv(
      (await download(admin.client, `?actor=${admin.username}&type=mfa.reset`)).text,
    );
    expect(byActor).toHaveLength(2);

    // Past one batch of 500, every event comes once, newest first.
    const base = Date.now() - 3_600_000;
    await getDb().auditEvent.createMany({
      data: Array.from({ length: 1_234 }, (_, i) => ({
        id: `bulk-${String(i).padStart(5, "0")}`,
        type: "sign_out",
        actorType: "user",
        actorId: admin.id,
        userId: admin.id,
        createdAt: new Date(base + i * 1000),
      })),
    });
    const bulk = parseCsv((await download(admin.client, `?user=${admin.id}&type=sign_out`)).text);
    expect(bulk).toHaveLength(1_235);
    const times = bulk.slice(1).map((r) => r[0] ?? "");
    expect(new Set(times).size).toBe(1_234);
    expect([...times].sort().reverse()).toEqual(times);

    // Nobody by that name: the header alone.
    expect(parseCsv((await download(admin.client, "?user=nobody-at-all")).text)).toHaveLength(1);
  });

  it("refuses a filter it does not know, without writing anything", async () => {
    const admin = await registerViaApi();
    await getDb().user.update({ where: { id: admin.id }, data: { role: "admin" } });
    const before = await getDb().auditEvent.count();
    for (const search of [
      "?type=drop.table",
      "?outcome=%0d%0a",
      "?window=1y",
      "?foo=1",
      `?user=${"x".repeat(201)}`,
    ]) {
      const refused = await download(admin.client, search);
      expect(refused.status, search).toBe(400);
      expect(JSON.parse(refused.text).code).toBe("guard.invalid_input");
    }
    expect(await getDb().auditEvent.count()).toBe(before);
  });
});

describe("audit log presentation", () => {
  it("labels events and names actors: users, API keys and the system", async () => {
    const admin = await registerViaApi();
    const { apiKey: key } = await createApiKey({
      name: "backend",
      scope: "write",
      actor: { type: "admin", id: admin.id },
    });
    const user = await registerViaApi();
    await recordAudit({
      type: "mfa.required_changed",
      actor: { type: "api_key", id: key.id },
      userId: user.id,
      data: { skipped: false, required: true },
    });
    await recordAudit({
      type: "mfa.locked",
      actor: { type: "system" },
      userId: user.id,
      data: { factor: "Totp", minutesLeft: 60 },
    });
    const { events } = await listAuditEvents({ user: user.id, page: 1, pageSize: 10 });
    const byType = Object.fromEntries(events.map((e) => [e.type, e]));
    expect(byType["mfa.required_changed"]).toMatchObject({
      label: "MFA requirement changed",
      outcome: "admin",
      actorLabel: "API key “backend”",
      userLabel: user.username,
      detail: "Required",
    });
    expect(byType["mfa.locked"]).toMatchObject({
      label: "Second factor locked",
      outcome: "blocked",
      actorLabel: "System",
      detail: "Authenticator app · 60 minutes left",
    });
    expect(byType["sign_in.succeeded"]).toMatchObject({
      label: "Signed in",
      outcome: "success",
      actorLabel: user.username,
      detail: "Password only",
    });
    const byKey = await listAuditEvents({ actor: "backend", page: 1, pageSize: 10 });
    expect(byKey.events.map((e) => e.type)).toEqual(["mfa.required_changed"]);
    const bySystem = await listAuditEvents({
      actor: "SYSTEM",
      user: user.id,
      page: 1,
      pageSize: 10,
    });
    expect(bySystem.events.map((e) => e.type)).toEqual(["mfa.locked"]);
    const admins = await listAuditEvents({
      outcome: "admin",
      user: user.id,
      page: 1,
      pageSize: 10,
    });
    expect(admins.events.map((e) => e.type)).toEqual(["mfa.required_changed"]);
    const successes = await listAuditEvents({
      outcome: "success",
      user: user.id,
      page: 1,
      pageSize: 10,
    });
    expect(successes.events.map((e) => e.type).sort()).toEqual([
      "sign_in.succeeded",
      "user.registered",
    ]);
    expect(await listAuditEvents({ actor: "no-such-key", page: 1, pageSize: 10 })).toMatchObject({
      total: 0,
      actorFound: false,
    });
  });
});
