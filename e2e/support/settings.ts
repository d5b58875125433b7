// MFA and lockout settings for the MFA specs, saved through the Management API like a backend
// would. Every other spec assumes MFA is off with the default lockout: a spec that changes them
// restores them in afterAll. The server caches settings for up to a second, so both helpers wait
// until the server shows the change: the API answers with it, and an identified registration
// flow's /mfa/enroll page offers 2-step verification exactly while it is on.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { type APIRequestContext, expect, type PlaywrightWorkerArgs } from "@playwright/test";
import { uniqueUser } from "../fixtures";
import { ORIGIN, startFlow } from "./api";

const root = path.resolve(import.meta.dirname, "../..");
const dataDir = path.join(root, "test-results/e2e-data");

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

/** A Management API key for this worker, made once by the operator CLI on the e2e database. */
let managementKey: string | undefined;
function apiKey(): string {
  managementKey ??=
    execFileSync(
      path.join(root, "node_modules/.bin/tsx"),
      ["scripts/cli.ts", "api-key", "create", "--name", `e2e-settings-${process.pid}`],
      { cwd: root, env: { ...process.env, TWOFOLD_DATA_DIR: dataDir } },
    )
      .toString()
      .trim()
      .split("\n")
      .pop() ?? "";
  return managementKey;
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
  const request = await playwright.request.newContext({
    baseURL: ORIGIN,
    extraHTTPHeaders: { authorization: `Bearer ${apiKey()}` },
  });
  try {
    const wanted = { mfa: settings, sentinelPolicy: lockout };
    const saved = await request.patch("/api/sign-in-exp", { data: wanted });
    expect(saved.ok(), await saved.text()).toBe(true);
    // Each server module instance re-reads the settings within a second: wait until the API's
    // answers and the pages' (the probe below) both show the change.
    await expect
      .poll(async () => (await request.get("/api/sign-in-exp")).json(), { timeout: 10_000 })
      .toMatchObject(wanted);
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
