// MFA and lockout settings for the MFA specs, written straight into the e2e server's database.
// Every other spec assumes MFA is off with the default lockout: a spec that changes them restores
// them in afterAll. The server caches settings for up to a second, so both helpers wait
// until the server shows the change: an identified registration flow's /mfa/enroll page offers
// 2-step verification exactly while it is on.
import path from "node:path";
import { type APIRequestContext, expect, type PlaywrightWorkerArgs } from "@playwright/test";
import Database from "better-sqlite3";
import { uniqueUser } from "../fixtures";
import { ORIGIN, startFlow } from "./api";

const dbFile = path.join(import.meta.dirname, "../../test-results/e2e-data/twofold.db");

export type MfaSettings = {
  factors: Array<"Totp" | "WebAuthn" | "BackupCode">;
  policy: "Mandatory" | "PromptAtSignInAndSignUp" | "PromptOnlyAtSignIn" | "NoPrompt";
};

export const MFA_ON: MfaSettings = {
  factors: ["Totp", "WebAuthn", "BackupCode"],
  policy: "PromptAtSignInAndSignUp",
};
export const MFA_OFF: MfaSettings = { factors: [], policy: "PromptAtSignInAndSignUp" };

/** The sentinel policy: failed second-factor attempts per hour before a lock, and its minutes. */
export type LockoutPolicy = { maxAttempts: number; lockoutDuration: number };
export const DEFAULT_LOCKOUT: LockoutPolicy = { maxAttempts: 10, lockoutDuration: 60 };

/**
 * Upserts the `mfa` and `sentinelPolicy` Setting rows in one transaction, with updatedAt in the
 * text format Prisma's SQLite adapter writes (the server reloads every row when it changes).
 */
function writeSettingRows(settings: MfaSettings, lockout: LockoutPolicy): void {
  const db = new Database(dbFile, { timeout: 5_000 });
  try {
    const updatedAt = new Date().toISOString().replace(/Z$/, "+00:00");
    const upsert = db.prepare(
      `INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES (?, ?, ?)
       ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value", "updatedAt" = excluded."updatedAt"`,
    );
    db.transaction(() => {
      upsert.run("sentinelPolicy", JSON.stringify(lockout), updatedAt);
      upsert.run("mfa", JSON.stringify(settings), updatedAt);
    })();
  } finally {
    db.close();
  }
}

/** A registration flow identified as a throwaway user, never submitted: a read-only probe. */
async function identifiedProbe(request: APIRequestContext): Promise<void> {
  const user = uniqueUser();
  await startFlow(request, "Register");
  const verified = await request.post("/api/experience/verification/new-password-identity", {
    headers: { Origin: ORIGIN },
    data: { identifier: { type: "username", value: user.username }, password: user.password },
  });
  expect(verified.ok(), await verified.text()).toBe(true);
  const { verificationId } = await verified.json();
  const identified = await request.post("/api/experience/identification", {
    headers: { Origin: ORIGIN },
    data: { verificationId },
  });
  expect(identified.status()).toBe(204);
}

async function setMfa(
  playwright: PlaywrightWorkerArgs["playwright"],
  settings: MfaSettings,
  lockout: LockoutPolicy,
): Promise<void> {
  writeSettingRows(settings, lockout);
  const request = await playwright.request.newContext({ baseURL: ORIGIN });
  try {
    await identifiedProbe(request);
    const prompts = settings.factors.length > 0 && settings.policy !== "NoPrompt";
    await expect
      .poll(
        async () => {
          const html = await (await request.get("/mfa/enroll")).text();
          const text = html.replace(/<[^>]*>/g, "");
          return /(Turn on|Add) 2-step verification/.test(text);
        },
        { message: `the server applies MFA settings ${JSON.stringify(settings)}`, timeout: 10_000 },
      )
      .toBe(prompts);
  } finally {
    await request.dispose();
  }
}

/**
 * Turns MFA on (by default all three factors, prompt at sign-in and sign-up, the default lockout)
 * and waits until it applies.
 */
export async function enableMfa(
  playwright: PlaywrightWorkerArgs["playwright"],
  settings: MfaSettings = MFA_ON,
  lockout: LockoutPolicy = DEFAULT_LOCKOUT,
): Promise<void> {
  await setMfa(playwright, settings, lockout);
}

/**
 * Puts back the defaults (no factors, the default lockout) that every other spec expects, and
 * waits until they apply.
 */
export async function restoreMfa(playwright: PlaywrightWorkerArgs["playwright"]): Promise<void> {
  await setMfa(playwright, MFA_OFF, DEFAULT_LOCKOUT);
}
