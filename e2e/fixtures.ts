// Shared Playwright fixtures: a CDP virtual authenticator for real passkey ceremonies, random
// users, and the one-time console setup link the e2e server printed.
import { randomBytes, randomInt } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { test as base, type CDPSession, expect } from "@playwright/test";

export { expect };

export type VirtualAuthenticator = { cdp: CDPSession; authenticatorId: string };

/** Adds a CDP virtual authenticator that holds resident keys and always verifies its user. */
export async function addAuthenticator(
  cdp: CDPSession,
  transport: "internal" | "usb" = "internal",
): Promise<string> {
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport,
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return authenticatorId;
}

export const test = base.extend<{ virtualAuthenticator: VirtualAuthenticator }>({
  virtualAuthenticator: async ({ page }, provide) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("WebAuthn.enable");
    // A test may swap devices: the one current at the end is removed.
    const authenticator = { cdp, authenticatorId: await addAuthenticator(cdp) };
    await provide(authenticator);
    await cdp.send("WebAuthn.removeVirtualAuthenticator", {
      authenticatorId: authenticator.authenticatorId,
    });
    await cdp.detach();
  },
});

export type TestUser = { username: string; email: string; password: string };

const WORDS = (
  "amber basalt cobalt dune ember fjord garnet harbor indigo juniper kelp lantern meadow " +
  "nimbus orchid pebble quartz river saffron tundra umber velvet willow yonder zephyr"
).split(" ");

/** A fresh user: lowercase base36 username (u + 12 chars), unique email, strong passphrase. */
export function uniqueUser(): TestUser {
  const username = `u${randomBytes(8).readBigUInt64BE().toString(36).padStart(12, "0").slice(-12)}`;
  const word = () => WORDS[randomInt(WORDS.length)];
  const password = `${word()}-${word()}-${word()}-${randomBytes(6).toString("base64url")}`;
  return { username, email: `${username}@example.test`, password };
}

const setupUrlFile = path.join(import.meta.dirname, "../test-results/e2e-setup-url.txt");

/** The `/console/setup?token=…` link the server printed at start; throws when it printed none. */
export function readSetupUrl(): string {
  if (!existsSync(setupUrlFile)) {
    throw new Error(
      `${setupUrlFile} is missing: the server printed no setup link (an admin already exists, ` +
        "or a reused server was started outside scripts/e2e-server.mjs)",
    );
  }
  return readFileSync(setupUrlFile, "utf8").trim();
}
