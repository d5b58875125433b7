// The first administrator, created by e2e/01-setup.spec.ts and saved for the later specs. The
// file records the setup link of the server run it belongs to, so a file left over from an
// earlier run (whose database the e2e server has since wiped) is refused instead of used.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Cookie, Page, PlaywrightWorkerArgs } from "@playwright/test";
import { readSetupUrl, type TestUser } from "../fixtures";
import { ORIGIN, type SessionUser, signInViaApi } from "./api";

export const adminFile = path.join(import.meta.dirname, "../../test-results/e2e-admin.json");

type SavedAdmin = TestUser & { setupUrl: string };

export function forgetAdmin(): void {
  rmSync(adminFile, { force: true });
}

export function saveAdmin(admin: TestUser): void {
  const saved: SavedAdmin = { ...admin, setupUrl: readSetupUrl() };
  writeFileSync(adminFile, `${JSON.stringify(saved, null, 2)}\n`);
}

/** The admin of this server run; throws a message naming the fix when there is none. */
export function readAdmin(): TestUser {
  const fix =
    "Run the whole suite (npx playwright test) so e2e/01-setup.spec.ts creates the admin first.";
  if (!existsSync(adminFile)) {
    throw new Error(`${adminFile} is missing: no administrator was set up in this run. ${fix}`);
  }
  const saved = JSON.parse(readFileSync(adminFile, "utf8")) as SavedAdmin;
  if (saved.setupUrl !== readSetupUrl()) {
    throw new Error(`${adminFile} belongs to an earlier server run (its database is gone). ${fix}`);
  }
  return { username: saved.username, email: saved.email, password: saved.password };
}

/** Signs the page's context in as the admin through the JSON API. */
export async function signInAsAdmin(page: Page): Promise<SessionUser> {
  const admin = readAdmin();
  const user = await signInViaApi(page.request, admin.username, admin.password);
  if (user.role !== "admin") throw new Error(`${admin.username} is not an admin: ${user.role}`);
  return user;
}

/**
 * The admin's session cookies from an API sign-in in a context of their own. Specs that turn
 * MFA on take them first: the admin has no second factor, so afterwards an API sign-in would
 * stop at the MFA step. Add them to a context with `context.addCookies`.
 */
export async function adminSessionCookies(
  playwright: PlaywrightWorkerArgs["playwright"],
): Promise<Cookie[]> {
  const request = await playwright.request.newContext({ baseURL: ORIGIN });
  try {
    const admin = readAdmin();
    await signInViaApi(request, admin.username, admin.password);
    return (await request.storageState()).cookies;
  } finally {
    await request.dispose();
  }
}
