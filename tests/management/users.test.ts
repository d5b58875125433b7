// Management API users endpoints: happy paths, documented errors, bad bodies writing nothing.
import { beforeAll, describe, expect, it } from "vitest";
import * as one from "@/app/api/users/[userId]/route";
import * as users from "@/app/api/users/route";
import { getDb } from "@/lib/db/client";
import { contracts } from "@/lib/management/contracts";
import { rowCounts } from "../helpers/db-state";
import { migrateTestDatabase, newUserInput, signInViaApi } from "../helpers/experience";
import { callApi, newKey } from "../helpers/management";

let key = "";
beforeAll(async () => {
  await migrateTestDatabase();
  key = (await newKey()).key;
});

const userPath = (id: string) => ({ path: `/api/users/${id}`, params: { userId: id } });

async function create(body: Record<string, unknown>) {
  return callApi(contracts.createUser, users.POST, key, { body });
}

describe("users", () => {
  it("create, get, patch, sign in, delete", async () => {
    const input = newUserInput();
    const created = await create({
      username: input.username,
      primaryEmail: input.email,
      password: input.password,
      name: "Ada",
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      username: input.username,
      primaryEmail: input.email,
      name: "Ada",
      hasPassword: true,
    });
    expect(JSON.stringify(created.body)).not.toContain("argon2");
    const id = created.body.id as string;
    expect((await callApi(contracts.getUser, one.GET, key, userPath(id))).body.id).toBe(id);
    const patched = await callApi(contracts.updateUser, one.PATCH, key, {
      ...userPath(id),
      body: { name: null, password: "another-long-passphrase" },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.name).toBeNull();
    expect((await signInViaApi(input.username, "another-long-passphrase")).completed.status).toBe(
      303,
    );
    expect((await callApi(contracts.deleteUser, one.DELETE, key, userPath(id))).status).toBe(204);
    expect((await callApi(contracts.getUser, one.GET, key, userPath(id))).status).toBe(404);
    const audit = await getDb().auditEvent.findMany({
      where: { userId: id, actorType: "api_key" },
    });
    expect(audit.map((e) => e.type).sort()).toEqual([
      "user.created",
      "user.deleted",
      "user.updated",
    ]);
  });

  it("list with search and pagination, total in Total-Number", async () => {
    const tag = `zz${Date.now().toString(36)}`;
    for (let i = 0; i < 3; i++) await create({ username: `${tag}_${i}` });
    const page = await callApi(contracts.listUsers, users.GET, key, {
      path: `/api/users?search=${tag}&page=2&page_size=2`,
    });
    expect(page.status).toBe(200);
    expect(page.headers.get("total-number")).toBe("3");
    expect(page.body).toHaveLength(1);
    const bad = await callApi(contracts.listUsers, users.GET, key, {
      path: "/api/users?page_size=1000",
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe("guard.invalid_input");
  });

  const refusals: [string, Record<string, unknown>, number, string][] = [
    ["no identifier", { name: "x" }, 422, "user.identifier_required"],
    ["a bad username", { username: "a b" }, 422, "user.invalid_username"],
    ["a bad email", { primaryEmail: "nope" }, 422, "user.invalid_email"],
    [
      "a common password",
      { username: "okname_1", password: "password1" },
      422,
      "password.too_common",
    ],
    ["a wrong type", { username: 42 }, 400, "guard.invalid_input"],
    ["an unknown field", { username: "okname_2", role: "admin" }, 400, "guard.invalid_input"],
    ["a 10 kB string", { username: "x".repeat(10_000) }, 400, "guard.invalid_input"],
  ];
  it.each(refusals)("refuse %s with %i %s, writing nothing", async (_, body, status, code) => {
    const before = await rowCounts();
    const result = await create(body);
    expect(result.status).toBe(status);
    expect(result.body.code).toBe(code);
    expect(await rowCounts()).toEqual(before);
  });

  it("refuse duplicates with 422", async () => {
    const input = newUserInput();
    await create({ username: input.username, primaryEmail: input.email });
    expect((await create({ username: input.username })).body.code).toBe(
      "user.username_already_in_use",
    );
    expect((await create({ primaryEmail: input.email })).body.code).toBe(
      "user.email_already_in_use",
    );
  });

  it("answer 404 entity.not_found for an unknown user on every verb", async () => {
    for (const [contract, handler] of [
      [contracts.getUser, one.GET],
      [contracts.updateUser, one.PATCH],
      [contracts.deleteUser, one.DELETE],
    ] as const) {
      const result = await callApi(contract, handler, key, {
        ...userPath("missing"),
        body: contract.method === "patch" ? { name: "x" } : undefined,
      });
      expect(result.status).toBe(404);
      expect(result.body.code).toBe("entity.not_found");
    }
  });
});
