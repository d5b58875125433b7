// The demo app's side of OpenID Connect, written as any outside app would write it: openid-client
// 6, a server-side authorization code flow with PKCE, and its own sealed cookies. It knows
// Twofold only by its issuer URL, client id and secret (lib/demo/demo-app.ts).
import * as oidc from "openid-client";
import { decryptSecret, encryptSecret } from "@/lib/crypto/aes-gcm";
import { demoClient } from "@/lib/demo/demo-app";

export const SESSION_COOKIE = "twofold_demo";
export const PENDING_COOKIE = "twofold_demo_auth";

let discovered: Promise<oidc.Configuration> | undefined;

export function relyingParty(): Promise<oidc.Configuration> {
  const demo = demoClient();
  discovered ??= oidc
    .discovery(new URL(demo.issuer), demo.clientId, demo.clientSecret, undefined, {
      // The demo talks to its own server, which is plain http on a developer's machine.
      execute: demo.issuer.startsWith("http:") ? [oidc.allowInsecureRequests] : [],
    })
    .catch((error: unknown) => {
      discovered = undefined;
      throw error;
    });
  return discovered;
}

export type Pending = { verifier: string; state: string; nonce: string };
export type DemoSession = { idToken: string; claims: Record<string, unknown> };

export const seal = (value: unknown) => encryptSecret(JSON.stringify(value), "demo-cookie");

export function unseal<T>(value: string | undefined): T | null {
  if (!value) return null;
  try {
    return JSON.parse(decryptSecret(value, "demo-cookie")) as T;
  } catch {
    return null;
  }
}

export const cookieAttributes = (secure: boolean) => ({
  httpOnly: true,
  sameSite: "lax" as const,
  secure,
  path: "/demo",
});
