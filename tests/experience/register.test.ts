// Registration through the experience API: the happy path, and every refusal with its status,
// its code, and nothing written.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { saveSettings } from "@/lib/settings/store";
import { TestClient } from "../helpers/client";
import { auditTypes, rowCounts } from "../helpers/db-state";
import {
  api,
  migrateTestDatabase,
  newUserInput,
  registerViaApi,
  SESSION_COOKIE,
} from "../helpers/experience";

beforeAll(migrateTestDatabase);

async function registerAttempt(body: unknown) {
  const client = new TestClient();
  await api.start(client, "Register");
  return api.newIdentity(client, body);
}

describe("registration", () => {
  it("creates the user only at submit, then signs them in once", async () => {
    const input = newUserInput();
    const client = new TestClient();
    expect((await api.start(client, "Register")).status).toBe(200);
    const verified = await api.newIdentity(client, {
      identifier: { type: "username", value: input.username.toUpperCase() },
      email: input.email,
      password: input.password,
    });
    expect(verified.status).toBe(200);
    expect(await getDb().user.count({ where: { username: input.username } })).toBe(0);
    expect((await api.identify(client, verified.body.verificationId)).status).toBe(204);
    const submitted = await api.submit(client);
    expect(submitted.status).toBe(200);
    expect(submitted.body.redirectTo).toBe("http://localhost:3000/api/experience/complete");

    const user = await getDb().user.findUniqueOrThrow({ where: { username: input.username } });
    expect(user.primaryEmail).toBe(input.email);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.role).toBe("user");

    const completed = await api.complete(client);
    expect(completed.status).toBe(303);
    expect(completed.headers.get("location")).toBe("http://localhost:3000/account");
    expect(client.cookies.get(SESSION_COOKIE)).toBeTruthy();
    expect(client.cookies.has("twofold_flow")).toBe(false);
    expect(await getDb().session.count({ where: { userId: user.id } })).toBe(1);
    expect(await auditTypes(user.id)).toEqual(["user.registered", "sign_in.succeeded"]);
  });

  it("registers with an email alone", async () => {
    const input = newUserInput();
    const result = await registerAttempt({
      identifier: { type: "email", value: ` ${input.email.toUpperCase()} ` },
      password: input.password,
    });
    expect(result.status).toBe(200);
  });

  const refusals: [string, (i: ReturnType<typeof newUserInput>) => unknown, number, string][] = [
    [
      "a username too short",
      (i) => ({ identifier: { type: "username", value: "ab" }, password: i.password }),
      422,
      "user.invalid_username",
    ],
    [
      "a username too long",
      (i) => ({ identifier: { type: "username", value: "a".repeat(33) }, password: i.password }),
      422,
      "user.invalid_username",
    ],
    [
      "a username with other characters",
      (i) => ({ identifier: { type: "username", value: "bad name!" }, password: i.password }),
      422,
      "user.invalid_username",
    ],
    [
      "a malformed email",
      (i) => ({ identifier: { type: "email", value: "not-an-email" }, password: i.password }),
      422,
      "user.invalid_email",
    ],
    [
      "a malformed extra email",
      (i) => ({
        identifier: { type: "username", value: i.username },
        email: "x@",
        password: i.password,
      }),
      422,
      "user.invalid_email",
    ],
    [
      "a password under 8 characters",
      (i) => ({ identifier: { type: "username", value: i.username }, password: "short1!" }),
      422,
      "password.too_short",
    ],
    [
      "a password over 256 characters",
      (i) => ({ identifier: { type: "username", value: i.username }, password: "x".repeat(257) }),
      422,
      "password.too_long",
    ],
    [
      "a common password",
      (i) => ({ identifier: { type: "username", value: i.username }, password: "Password123" }),
      422,
      "password.too_common",
    ],
    [
      "a password containing the username",
      (i) => ({
        identifier: { type: "username", value: i.username },
        password: `my-${i.username}-pass`,
      }),
      422,
      "password.contains_username",
    ],
    [
      "a missing password",
      (i) => ({ identifier: { type: "username", value: i.username } }),
      400,
      "guard.invalid_input",
    ],
    [
      "an unknown identifier type",
      (i) => ({ identifier: { type: "phone", value: "123" }, password: i.password }),
      400,
      "guard.invalid_input",
    ],
    [
      "an unknown field",
      (i) => ({
        identifier: { type: "username", value: i.username },
        password: i.password,
        role: "admin",
      }),
      400,
      "guard.invalid_input",
    ],
    [
      "a wrong type",
      (i) => ({ identifier: { type: "username", value: 42 }, password: i.password }),
      400,
      "guard.invalid_input",
    ],
  ];

  it.each(refusals)("refuses %s with %i %s and writes nothing", async (_, body, status, code) => {
    const before = await rowCounts();
    const result = await registerAttempt(body(newUserInput()));
    expect(result.status).toBe(status);
    expect(result.body.code).toBe(code);
    expect(await rowCounts()).toEqual(before);
  });

  it("names the failing paths of a wrong shape", async () => {
    const result = await registerAttempt({ identifier: { type: "username" }, password: 5 });
    expect(result.status).toBe(400);
    const issues = (result.body.data?.issues ?? []) as { path: string }[];
    const paths = issues.map((i) => i.path).sort();
    expect(paths).toEqual(["identifier.value", "password"]);
  });

  it("refuses a taken username or email with 422 and writes nothing", async () => {
    const existing = await registerViaApi();
    const before = await rowCounts();
    const sameName = await registerAttempt({
      identifier: { type: "username", value: existing.username.toUpperCase() },
      password: "another-fine-passphrase",
    });
    expect(sameName.status).toBe(422);
    expect(sameName.body.code).toBe("user.username_already_in_use");
    const sameEmail = await registerAttempt({
      identifier: { type: "email", value: existing.email },
      password: "another-fine-passphrase",
    });
    expect(sameEmail.status).toBe(422);
    expect(sameEmail.body.code).toBe("user.email_already_in_use");
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses at submit when the username was taken after verification, leaving nothing half-written", async () => {
    const input = newUserInput();
    const first = new TestClient();
    const second = new TestClient();
    for (const client of [first, second]) await api.start(client, "Register");
    const body = {
      identifier: { type: "username", value: input.username },
      password: input.password,
    };
    const a = await api.newIdentity(first, body);
    const b = await api.newIdentity(second, body);
    await api.identify(first, a.body.verificationId);
    await api.identify(second, b.body.verificationId);
    expect((await api.submit(first)).status).toBe(200);
    const before = await rowCounts();
    const late = await api.submit(second);
    expect(late.status).toBe(422);
    expect(late.body.code).toBe("user.username_already_in_use");
    expect(await rowCounts()).toEqual(before);
    expect((await api.interaction(second)).body.status).toBe("active");
  });

  it("is refused with 403 when registration is turned off", async () => {
    await saveSettings({ registration: { enabled: false } });
    try {
      const client = new TestClient();
      const started = await api.start(client, "Register");
      expect(started.status).toBe(403);
      expect(started.body.code).toBe("session.registration_disabled");
      expect(client.cookies.has("twofold_flow")).toBe(false);
    } finally {
      await saveSettings({ registration: { enabled: true } });
    }
  });

  it("refuses sign-in steps in a registration flow", async () => {
    const client = new TestClient();
    await api.start(client, "Register");
    const result = await api.password(client, "someone", "whatever-password");
    expect(result.status).toBe(400);
    expect(result.body.code).toBe("session.wrong_event");
  });
});
