// Creating a user from the console: registration's rules, nothing written on failure, an audit
// event with the admin as actor, and a password that signs in (or none at all).
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { adminCreateUser } from "@/lib/users/admin-create-user";
import { rowCounts } from "../helpers/db-state";
import { migrateTestDatabase, newUserInput, signInViaApi } from "../helpers/experience";

beforeAll(migrateTestDatabase);

const actor = { type: "admin" as const, id: "admin-1" };
const meta = { ip: "203.0.113.9", userAgent: "vitest" };

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code ?? "unexpected";
  }
}

describe("adminCreateUser", () => {
  it("creates a user with a password who can then sign in", async () => {
    const input = newUserInput();
    const user = await adminCreateUser({
      username: ` ${input.username.toUpperCase()} `,
      email: input.email,
      name: "  Ada Lovelace ",
      password: input.password,
      actor,
      meta,
    });
    expect(user).toMatchObject({
      username: input.username,
      primaryEmail: input.email,
      name: "Ada Lovelace",
      role: "user",
    });
    const signedIn = await signInViaApi(input.username, input.password);
    expect(signedIn.completed.status).toBe(303);

    const events = await getDb().auditEvent.findMany({ where: { userId: user.id } });
    const created = events.find((e) => e.type === "user.created");
    expect(created).toMatchObject({ actorType: "admin", actorId: "admin-1", ip: "203.0.113.9" });
    expect(JSON.parse(created?.data ?? "{}")).toEqual({
      username: input.username,
      primaryEmail: input.email,
      withPassword: true,
    });
    expect(created?.data).not.toContain(input.password);
  });

  it("creates a user without a password, who cannot sign in with one", async () => {
    const { email } = newUserInput();
    const user = await adminCreateUser({ email, password: "", actor });
    const row = await getDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ username: null, primaryEmail: email, passwordHash: null });
    const attempt = await signInViaApi(email, "any-password-at-all");
    expect(attempt.verified.body.code).toBe("session.invalid_credentials");
  });

  it.each([
    [{}, "user.identifier_required"],
    [{ username: "  ", email: " " }, "user.identifier_required"],
    [{ username: "no spaces allowed" }, "user.invalid_username"],
    [{ username: "ok_name", email: "not-an-email" }, "user.invalid_email"],
    [{ username: "ok_name", password: "short" }, "password.too_short"],
    [{ username: "ok_name", password: "password1" }, "password.too_common"],
    [{ username: "ok_name", password: "my-ok_name-secret" }, "password.contains_username"],
    [{ username: "ok_name", name: "n".repeat(129) }, "guard.invalid_input"],
  ])("refuses %j with %s and writes nothing", async (input, code) => {
    const before = await rowCounts();
    const events = await getDb().auditEvent.count();
    expect(await codeOf(adminCreateUser({ ...input, actor }))).toBe(code);
    expect(await rowCounts()).toEqual(before);
    expect(await getDb().auditEvent.count()).toBe(events);
  });

  it("refuses a taken username or email with a 422 code and writes nothing", async () => {
    const taken = newUserInput();
    await adminCreateUser({ username: taken.username, email: taken.email, actor });
    const before = await rowCounts();
    const events = await getDb().auditEvent.count();
    const other = newUserInput();

    const byName = adminCreateUser({ username: taken.username.toUpperCase(), actor });
    await expect(byName).rejects.toMatchObject({
      code: "user.username_already_in_use",
      status: 422,
    });
    const byEmail = adminCreateUser({ username: other.username, email: taken.email, actor });
    await expect(byEmail).rejects.toMatchObject({ code: "user.email_already_in_use", status: 422 });

    expect(await rowCounts()).toEqual(before);
    expect(await getDb().auditEvent.count()).toBe(events);
  });
});
