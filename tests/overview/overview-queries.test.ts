// The overview's aggregate queries on the real database: UTC days (empty ones included), the
// split by sign-in method, failures and lockouts, and MFA adoption among active users.
import { beforeAll, describe, expect, it } from "vitest";
import { type AuditEventType, recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { lastDays } from "@/lib/overview/days";
import { failuresPerDay } from "@/lib/overview/failures-per-day";
import { mfaAdoption } from "@/lib/overview/mfa-adoption";
import { signInsPerDay } from "@/lib/overview/sign-ins-per-day";
import { migrateTestDatabase, registerViaApi } from "../helpers/experience";
import { registerWithTotp, setMfa } from "../helpers/mfa";

beforeAll(migrateTestDatabase);

// Late in the UTC day: an event at 23:30 UTC belongs to this day whatever the local zone.
const NOW = new Date("2026-03-15T23:45:00.000Z");
const at = (iso: string) => new Date(iso);

async function event(type: AuditEventType, createdAt: Date, userId: string | null, data = {}) {
  await recordAudit({ type, actor: { type: "user", id: userId }, userId, data });
  const last = await getDb().auditEvent.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
  await getDb().auditEvent.update({ where: { id: last.id }, data: { createdAt } });
}

describe("overview queries", () => {
  it("count per UTC day and method, with empty days, failures, lockouts and adoption", async () => {
    await setMfa(["Totp", "WebAuthn", "BackupCode"]);
    const plain = await registerViaApi();
    const totp = await registerWithTotp();
    const db = getDb();
    const recorded = await db.auditEvent.findMany({
      where: { type: "sign_in.succeeded", userId: { in: [plain.id, totp.id] } },
    });
    expect(Object.fromEntries(recorded.map((e) => [e.userId, JSON.parse(e.data).method]))).toEqual({
      [plain.id]: "password",
      [totp.id]: "totp",
    });
    // The registrations' own events fall outside the window; only the seeded ones count.
    await db.auditEvent.updateMany({ data: { createdAt: at("2025-01-01T00:00:00Z") } });
    await db.mfaFactor.updateMany({
      where: { userId: totp.id },
      data: { createdAt: at("2026-03-10T12:00:00Z") },
    });

    await event("sign_in.succeeded", at("2026-03-15T23:30:00Z"), plain.id, {
      amr: ["pwd"],
      method: "password",
    });
    await event("sign_in.succeeded", at("2026-03-15T00:00:00Z"), totp.id, {
      amr: ["pwd", "otp", "mfa"],
      method: "totp",
    });
    // Written before events had a method: read from the amr.
    await event("sign_in.succeeded", at("2026-03-14T10:00:00Z"), totp.id, { amr: ["pwd", "mfa"] });
    await event("sign_in.succeeded", at("2026-03-14T11:00:00Z"), totp.id, {
      amr: ["user", "swk", "mfa"],
    });
    await event("sign_in.succeeded", at("2026-03-14T12:00:00Z"), plain.id, {
      amr: ["pwd"],
      method: "remembered_device",
    });
    // The minute before the window and the midnight after it stay out.
    await event("sign_in.succeeded", at("2026-02-13T23:59:00Z"), plain.id, { method: "password" });
    await event("sign_in.succeeded", at("2026-03-16T00:00:00Z"), plain.id, { method: "password" });

    await event("sign_in.failed", at("2026-03-13T08:00:00Z"), plain.id);
    await event("sign_in.failed", at("2026-03-13T09:00:00Z"), null);
    await event("mfa.verification_failed", at("2026-03-13T09:30:00Z"), totp.id, {
      factor: "Totp",
    });
    await event("mfa.locked", at("2026-03-13T09:31:00Z"), totp.id, { factor: "Totp" });
    // Three refusals of one locked account are one lockout; another account is a second.
    for (const minute of ["10", "11", "12"]) {
      await event("sign_in.blocked", at(`2026-03-13T10:${minute}:00Z`), plain.id);
    }
    await event("sign_in.blocked", at("2026-03-13T10:13:00Z"), null);

    const range = lastDays(NOW);
    expect(range.days).toHaveLength(30);
    expect(range.days[0]).toBe("2026-02-14");
    expect(range.days.at(-1)).toBe("2026-03-15");

    const signIns = await signInsPerDay(range);
    expect(signIns).toHaveLength(30);
    const day = (d: string) => signIns.find((s) => s.day === d);
    expect(day("2026-03-15")).toEqual({
      day: "2026-03-15",
      total: 2,
      password: 1,
      totp: 1,
      passkey: 0,
      backup_code: 0,
      remembered_device: 0,
    });
    expect(day("2026-03-14")).toMatchObject({
      total: 3,
      backup_code: 1,
      passkey: 1,
      remembered_device: 1,
    });
    expect(day("2026-02-14")?.total).toBe(0);
    expect(signIns.reduce((sum, s) => sum + s.total, 0)).toBe(5);

    const failures = await failuresPerDay(range);
    expect(failures).toHaveLength(30);
    expect(failures.find((f) => f.day === "2026-03-13")).toEqual({
      day: "2026-03-13",
      failures: 3,
      lockouts: 3,
    });
    expect(failures.filter((f) => f.failures || f.lockouts)).toHaveLength(1);

    const adoption = await mfaAdoption(range);
    expect(adoption).toHaveLength(30);
    const share = (d: string) => adoption.find((a) => a.day === d);
    // Active means a sign-in in the 30 days ending with the day, so the sign-in of 13 February
    // (before the charted window) still makes the user active until 14 March.
    expect(share("2026-02-14")).toEqual({ day: "2026-02-14", active: 1, enrolled: 0, share: 0 });
    expect(share("2026-03-13")).toMatchObject({ active: 1, enrolled: 0 });
    // On the 14th both signed in; the TOTP user's authenticator dates from the 10th.
    expect(share("2026-03-14")).toEqual({ day: "2026-03-14", active: 2, enrolled: 1, share: 0.5 });
    expect(share("2026-03-15")).toEqual({ day: "2026-03-15", active: 2, enrolled: 1, share: 0.5 });

    // A factor created after the day does not count for it; a deleted user is not active.
    await db.mfaFactor.updateMany({
      where: { userId: totp.id },
      data: { createdAt: at("2026-03-15T01:00:00Z") },
    });
    await db.user.delete({ where: { id: plain.id } });
    await db.auditEvent.deleteMany({ where: { createdAt: { lt: at("2026-02-14T00:00:00Z") } } });
    const later = await mfaAdoption(range);
    expect(later.find((a) => a.day === "2026-03-01")).toEqual({
      day: "2026-03-01",
      active: 0,
      enrolled: 0,
      share: null,
    });
    expect(later.find((a) => a.day === "2026-03-14")).toMatchObject({ active: 1, enrolled: 0 });
    expect(later.find((a) => a.day === "2026-03-15")).toMatchObject({ active: 1, enrolled: 1 });
  });
});
