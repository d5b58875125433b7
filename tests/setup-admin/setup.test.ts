// First-admin setup: a single-use link while no admin exists; nothing written on refusal.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { completeSetup } from "@/lib/setup/complete-setup";
import { isSetupTokenValid, issueSetupLink } from "@/lib/setup/setup-link";
import { rowCounts } from "../helpers/db-state";
import { migrateTestDatabase } from "../helpers/experience";

beforeAll(migrateTestDatabase);

const meta = { ip: "127.0.0.1", userAgent: "vitest" };
const tokenOf = (link: string | null) =>
  new URL(link ?? "http://x").searchParams.get("token") ?? "";

describe("first-admin setup", () => {
  it("refuses bad tokens and weak passwords without consuming the link", async () => {
    const token = tokenOf(await issueSetupLink());
    const before = await rowCounts();
    await expect(
      completeSetup({
        token: "forged",
        username: "root",
        password: "a-fine-long-passphrase",
        meta,
      }),
    ).rejects.toMatchObject({ code: "setup.token_invalid" });
    await expect(
      completeSetup({ token, username: "root", password: "password1", meta }),
    ).rejects.toMatchObject({ code: "password.too_common" });
    await expect(
      completeSetup({ token, username: "x", password: "a-fine-long-passphrase", meta }),
    ).rejects.toMatchObject({ code: "user.invalid_username" });
    expect(await rowCounts()).toEqual(before);
    expect(await isSetupTokenValid(token)).toBe(true);
  });

  it("voids older links when a new one is issued", async () => {
    const older = tokenOf(await issueSetupLink());
    const newer = tokenOf(await issueSetupLink());
    expect(await isSetupTokenValid(older)).toBe(false);
    expect(await isSetupTokenValid(newer)).toBe(true);
  });

  it("creates the first admin once; the link then stops working", async () => {
    const token = tokenOf(await issueSetupLink());
    const admin = await completeSetup({
      token,
      username: "Root_Admin",
      email: "root@example.test",
      password: "a-fine-long-passphrase",
      meta,
    });
    expect(admin.role).toBe("admin");
    expect(admin.username).toBe("root_admin");
    await expect(
      completeSetup({ token, username: "second", password: "a-fine-long-passphrase", meta }),
    ).rejects.toMatchObject({ code: "setup.admin_exists" });
    expect(await issueSetupLink()).toBeNull();
    expect(await isSetupTokenValid(token)).toBe(false);
    const events = await getDb().auditEvent.findMany({ where: { userId: admin.id } });
    expect(events.map((e) => e.type)).toEqual(["admin.setup_completed"]);
  });
});
