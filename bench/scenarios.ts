// What is measured, as request sequences: a whole password + TOTP sign-in, one TOTP verify, a
// trivial route, one passkey assertion, OIDC code exchanges and refresh grants.
import { createHash, createPrivateKey, sign } from "node:crypto";
import { totpCode, totpStep } from "@/lib/mfa/factors/totp/codes";
import { type Ctx, location, type Scenario } from "./load";
import type { Seeded } from "./seed";

const FLOW = "twofold_flow";
const SESSION = "next-auth.session-token";
const X = "/api/experience";

function pool<T>(items: T[]) {
  let next = 0;
  return {
    take: (): T | undefined => items[next++],
    get left() {
      return items.length - next;
    },
  };
}

const json = (body: string) => JSON.parse(body) as Record<string, unknown>;

/** Every HTTP step a JSON client takes, from a new flow to the session cookie. */
export function signInScenario(
  origin: string,
  seeded: Seeded,
  users = pool(seeded.signInUsers),
): Scenario {
  return {
    name: "sign-in",
    origin,
    begin(ctx) {
      const user = users.take();
      if (!user) return false;
      ctx.user = user;
      return true;
    },
    steps: [
      { method: "PUT", path: () => X, body: () => ({ event: "SignIn" }), expect: [200, 201] },
      {
        method: "POST",
        path: () => `${X}/verification/password`,
        body: (ctx) => ({
          identifier: { type: "username", value: (ctx.user as { username: string }).username },
          password: seeded.password,
        }),
        expect: [200],
        onResponse: (ctx, body) => {
          ctx.verificationId = json(body).verificationId;
          return true;
        },
      },
      {
        method: "POST",
        path: () => `${X}/identification`,
        body: (ctx) => ({ verificationId: ctx.verificationId }),
        expect: [200, 204],
      },
      // The client learns that a second factor is due.
      { method: "POST", path: () => `${X}/submit`, expect: [403] },
      {
        method: "POST",
        path: () => `${X}/verification/totp/verify`,
        body: (ctx) => ({ code: totpCode((ctx.user as { secret: string }).secret, totpStep()) }),
        expect: [200],
      },
      { method: "POST", path: () => `${X}/submit`, expect: [200] },
      {
        method: "GET",
        path: () => `${X}/complete`,
        expect: [302, 303],
        onResponse: (ctx, _body, headers) =>
          ctx.cookies.has(SESSION) && !location(headers).includes("error="),
      },
    ],
  };
}

/** One TOTP verify request per seeded flow (each user once: replay protection). */
export function totpScenario(origin: string, seeded: Seeded): Scenario {
  const flows = pool(seeded.totpFlows);
  return {
    name: "totp-verify",
    origin,
    begin(ctx) {
      const flow = flows.take();
      if (!flow) return false;
      ctx.cookies.set(FLOW, flow.token);
      ctx.secret = flow.secret;
      return true;
    },
    steps: [
      {
        method: "POST",
        path: () => `${X}/verification/totp/verify`,
        body: (ctx) => ({ code: totpCode(ctx.secret as string, totpStep()) }),
        expect: [200],
      },
    ],
  };
}

export function healthScenario(): Scenario {
  return {
    name: "health",
    begin: () => true,
    steps: [{ method: "GET", path: () => "/api/health", expect: [200] }],
  };
}

/** A passkey assertion: options, then the signed response (a software authenticator). */
export function passkeyScenario(origin: string, seeded: Seeded): Scenario {
  const flows = pool(seeded.passkeyFlows);
  const key = createPrivateKey(seeded.passkeyPrivateKey);
  const rpId = new URL(origin).hostname;
  const rpHash = createHash("sha256").update(rpId).digest();
  return {
    name: "passkey",
    origin,
    begin(ctx) {
      const flow = flows.take();
      if (!flow) return false;
      ctx.cookies.set(FLOW, flow.token);
      ctx.flow = flow;
      return true;
    },
    steps: [
      {
        method: "POST",
        path: () => `${X}/verification/web-authn/authentication`,
        expect: [200],
        onResponse: (ctx, body) => {
          const answer = json(body);
          ctx.verificationId = answer.verificationId;
          ctx.challenge = (answer.authenticationOptions as { challenge: string }).challenge;
          return true;
        },
      },
      {
        method: "POST",
        path: () => `${X}/verification/web-authn/authentication/verify`,
        body: (ctx: Ctx) => {
          const flow = ctx.flow as Seeded["passkeyFlows"][number];
          const clientData = Buffer.from(
            JSON.stringify({ type: "webauthn.get", challenge: ctx.challenge, origin }),
          );
          const counter = Buffer.alloc(4);
          counter.writeUInt32BE(1);
          const authData = Buffer.concat([rpHash, Buffer.from([0x05]), counter]);
          const signed = Buffer.concat([
            authData,
            createHash("sha256").update(clientData).digest(),
          ]);
          return {
            verificationId: ctx.verificationId,
            payload: {
              id: flow.credentialId,
              rawId: flow.credentialId,
              type: "public-key",
              response: {
                clientDataJSON: clientData.toString("base64url"),
                authenticatorData: authData.toString("base64url"),
                signature: sign("sha256", signed, key).toString("base64url"),
                userHandle: Buffer.from(flow.userId).toString("base64url"),
              },
              clientExtensionResults: {},
            },
          };
        },
        expect: [200],
      },
    ],
  };
}

export type OidcClient = { id: string; secret: string; redirectUri: string; tokenPath: string };

const basic = (c: OidcClient) =>
  `Basic ${Buffer.from(`${encodeURIComponent(c.id)}:${encodeURIComponent(c.secret)}`).toString("base64")}`;

export const PKCE_VERIFIER = "bench-pkce-verifier-bench-pkce-verifier-bench-pkce";
export const PKCE_CHALLENGE = createHash("sha256").update(PKCE_VERIFIER).digest("base64url");

/** Authorization-code exchanges at the token endpoint, one pre-issued code each. */
export function codeExchangeScenario(client: OidcClient, codes: string[]): Scenario {
  const codePool = pool(codes);
  return {
    name: "oidc-code",
    begin(ctx) {
      ctx.code = codePool.take();
      return ctx.code !== undefined;
    },
    steps: [
      {
        method: "POST",
        path: () => client.tokenPath,
        headers: () => ({ authorization: basic(client) }),
        form: (ctx) => ({
          grant_type: "authorization_code",
          code: ctx.code as string,
          redirect_uri: client.redirectUri,
          code_verifier: PKCE_VERIFIER,
        }),
        expect: [200],
      },
    ],
  };
}

/** Refresh grants; each answer's rotated token goes back into the queue. */
export function refreshScenario(client: OidcClient, tokens: string[]): Scenario {
  const queue = [...tokens];
  return {
    name: "oidc-refresh",
    begin(ctx) {
      ctx.token = queue.shift();
      return ctx.token !== undefined;
    },
    steps: [
      {
        method: "POST",
        path: () => client.tokenPath,
        headers: () => ({ authorization: basic(client) }),
        form: (ctx) => ({ grant_type: "refresh_token", refresh_token: ctx.token as string }),
        expect: [200],
        onResponse: (_ctx, body) => {
          queue.push(json(body).refresh_token as string);
          return true;
        },
      },
    ],
  };
}
