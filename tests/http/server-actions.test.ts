// Server actions answer form posts, and Next.js compares only the Origin's host with the Host
// header (no Origin, another scheme, a trailing slash all pass). Every action must run the exact
// Origin check of route handlers through serverAction(), and a refused one must write nothing.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { isGuardedAction } from "@/lib/http/server-action";
import { getSettings } from "@/lib/settings/store";
import { migrateTestDatabase, newUserInput } from "../helpers/experience";
import { serverActionFiles } from "../helpers/routes";
import { TEST_PUBLIC_URL } from "../setup/env";

const request = vi.hoisted(() => ({ headers: new Headers(), cookies: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string) =>
      request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined,
    set: (name: string, value: string) => request.cookies.set(name, value),
    delete: (name: string) => request.cookies.delete(name),
  }),
}));

beforeAll(migrateTestDatabase);
beforeEach(() => {
  request.headers = new Headers();
  request.cookies.clear();
});

const root = path.resolve(import.meta.dirname, "../..");

describe("every server action", () => {
  it("is built with serverAction()", async () => {
    const files = serverActionFiles();
    expect(files.length).toBeGreaterThanOrEqual(9);
    const unguarded: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      // An inline `"use server"` inside a function would escape the walk: there must be none.
      expect(source.match(/["']use server["']/g), file).toHaveLength(1);
      const exports = await import(file);
      for (const [name, value] of Object.entries(exports)) {
        if (!isGuardedAction(value)) unguarded.push(`${path.relative(root, file)}: ${name}`);
      }
    }
    expect(unguarded).toEqual([]);
  });

  it("finds no inline server actions in pages or components", () => {
    const inline = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) return inline(file);
        if (!/\.tsx?$/.test(entry.name)) return [];
        const source = readFileSync(file, "utf8");
        return /\n[^\n]*["']use server["']/.test(source) ? [path.relative(root, file)] : [];
      });
    expect([...inline(path.join(root, "app")), ...inline(path.join(root, "components"))]).toEqual(
      [],
    );
  });
});

const HOSTILE_ORIGINS: [string, string | null][] = [
  ["no Origin", null],
  ["another site", "http://evil.example"],
  ["the right host over another scheme", TEST_PUBLIC_URL.replace("http:", "https:")],
  ["a trailing slash", `${TEST_PUBLIC_URL}/`],
  ["the string null", "null"],
];

function withOrigin(origin: string | null) {
  request.headers = new Headers({ host: new URL(TEST_PUBLIC_URL).host });
  if (origin !== null) request.headers.set("origin", origin);
}

function registrationForm(input = newUserInput()) {
  const form = new FormData();
  form.set("username", input.username);
  form.set("password", input.password);
  return { form, input };
}

describe("a refused server action", () => {
  it.each(HOSTILE_ORIGINS)("with %s answers a form error and writes nothing", async (_, origin) => {
    const { registerAction } = await import("@/app/(experience)/actions");
    const { form, input } = registrationForm();
    withOrigin(origin);
    const [users, flows] = [await getDb().user.count(), await getDb().experienceFlow.count()];
    const state = await registerAction({}, form);
    expect(state.error?.code).toBe("request.origin_not_allowed");
    expect(await getDb().user.count()).toBe(users);
    expect(await getDb().experienceFlow.count()).toBe(flows);
    expect(await getDb().user.findUnique({ where: { username: input.username } })).toBeNull();
    expect(request.cookies.size).toBe(0);
  });

  it.each(HOSTILE_ORIGINS)(
    "with %s and no form state goes to the refusal page",
    async (_, origin) => {
      const { saveRegistrationAction } = await import(
        "@/app/console/(admin)/sign-in-experience/actions"
      );
      const before = await getSettings();
      const form = new FormData();
      form.set("registration", before.registration.enabled ? "off" : "on");
      withOrigin(origin);
      await expect(saveRegistrationAction(form)).rejects.toMatchObject({
        digest: expect.stringContaining("/request-refused"),
      });
      expect((await getSettings()).registration).toEqual(before.registration);
    },
  );

  it("runs when the Origin is exactly the public URL's", async () => {
    const { registerAction } = await import("@/app/(experience)/actions");
    const { form, input } = registrationForm();
    withOrigin(TEST_PUBLIC_URL);
    // Signed up: settle() redirects on, which Next.js does by throwing.
    await expect(registerAction({}, form)).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT"),
    });
    expect(await getDb().user.findUnique({ where: { username: input.username } })).not.toBeNull();
  });
});
