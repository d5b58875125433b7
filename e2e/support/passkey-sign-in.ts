// The passkey sign-in setting for the specs that use it, written straight into the e2e server's
// database like the MFA settings (support/settings.ts), then awaited on /sign-in itself: the
// server caches settings for up to a second.
import { expect, type PlaywrightWorkerArgs } from "@playwright/test";
import { ORIGIN } from "./api";
import { writeSettingRow } from "./setting-row";

export async function setPasskeySignIn(
  playwright: PlaywrightWorkerArgs["playwright"],
  enabled: boolean,
): Promise<void> {
  writeSettingRow("passkeySignIn", { enabled });
  const request = await playwright.request.newContext({ baseURL: ORIGIN });
  try {
    await expect
      .poll(
        async () =>
          (await (await request.get("/sign-in")).text()).includes("Sign in with a passkey"),
        {
          message: `the server applies passkeySignIn ${enabled}`,
          timeout: 10_000,
        },
      )
      .toBe(enabled);
  } finally {
    await request.dispose();
  }
}
