// The branding row for the branding specs, written straight into the e2e server's database (as
// settings.ts does for MFA), and a wait until the hosted pages wear it.
import { expect, type PlaywrightWorkerArgs } from "@playwright/test";
import { type Branding, DEFAULT_BRANDING } from "../../lib/branding/schemas";
import { ORIGIN } from "./api";
import { writeSettingRow } from "./setting-row";

/** Stores the branding and waits until /sign-in's title carries its product name. */
export async function setBranding(
  playwright: PlaywrightWorkerArgs["playwright"],
  branding: Branding = DEFAULT_BRANDING,
): Promise<void> {
  writeSettingRow("branding", branding);
  const request = await playwright.request.newContext({ baseURL: ORIGIN });
  try {
    await expect
      .poll(
        async () => (await (await request.get("/sign-in")).text()).match(/<title>([^<]*)</)?.[1],
      )
      .toBe(`Sign in · ${branding.productName}`);
  } finally {
    await request.dispose();
  }
}
