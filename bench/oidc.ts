// OIDC preparation (not timed): an application registered through the Management API, and codes
// and refresh tokens obtained the way an app gets them (a signed-in browser at /oidc/auth).
import { type OidcClient, PKCE_CHALLENGE, PKCE_VERIFIER } from "./scenarios";

const REDIRECT_URI = "http://localhost:9/callback";

export async function registerApp(base: string, apiKey: string): Promise<OidcClient> {
  const response = await fetch(`${base}/api/applications`, {
    method: "POST",
    headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
    body: JSON.stringify({
      name: "Bench app",
      type: "Traditional",
      oidcClientMetadata: { redirectUris: [REDIRECT_URI], postLogoutRedirectUris: [] },
    }),
  });
  if (response.status !== 201)
    throw new Error(`application: ${response.status} ${await response.text()}`);
  const app = (await response.json()) as { id: string; secret: string };
  return { id: app.id, secret: app.secret, redirectUri: REDIRECT_URI, tokenPath: "/oidc/token" };
}

/** A browser's cookie jar following redirects by hand until it reaches the app's redirect URI. */
class Jar {
  cookies = new Map<string, string>();
  constructor(entries: Record<string, string>) {
    for (const [k, v] of Object.entries(entries)) this.cookies.set(k, v);
  }

  async codeFrom(base: string, url: string): Promise<string> {
    let current = new URL(url, base).href;
    for (let hop = 0; hop < 12; hop += 1) {
      if (current.startsWith(REDIRECT_URI)) {
        const code = new URL(current).searchParams.get("code");
        if (!code) throw new Error(`no code: ${current}`);
        return code;
      }
      const response = await fetch(current, {
        headers: { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
        redirect: "manual",
      });
      for (const line of response.headers.getSetCookie()) {
        const [pair = ""] = line.split(";");
        const eq = pair.indexOf("=");
        this.cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
      }
      const next = response.headers.get("location");
      const body = await response.text();
      if (!next) throw new Error(`stuck at ${current}: ${response.status} ${body.slice(0, 300)}`);
      current = new URL(next, current).href;
    }
    throw new Error("too many redirects");
  }
}

function authorizeUrl(client: OidcClient, offline: boolean) {
  const params = new URLSearchParams({
    client_id: client.id,
    redirect_uri: client.redirectUri,
    response_type: "code",
    scope: offline ? "openid offline_access" : "openid",
    state: "bench-state",
    code_challenge: PKCE_CHALLENGE,
    code_challenge_method: "S256",
  });
  if (offline) params.set("prompt", "consent");
  return `/oidc/auth?${params}`;
}

async function inParallel<T>(count: number, width: number, make: () => Promise<T>) {
  const out: T[] = [];
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (out.length < count) out.push(await make());
    }),
  );
  return out.slice(0, count);
}

/** `count` authorization codes for one signed-in user (the first request sets up the provider session). */
export async function issueCodes(base: string, client: OidcClient, session: string, count: number) {
  const jar = new Jar({ "next-auth.session-token": session });
  await jar.codeFrom(base, authorizeUrl(client, false));
  return inParallel(count, 8, () => jar.codeFrom(base, authorizeUrl(client, false)));
}

/** `count` refresh tokens, each from its own offline_access authorization and code exchange. */
export async function issueRefreshTokens(
  base: string,
  client: OidcClient,
  session: string,
  count: number,
) {
  // One interaction at a time: the provider keeps the pending one in a single cookie.
  const jar = new Jar({ "next-auth.session-token": session });
  return inParallel(count, 1, async () => {
    const code = await jar.codeFrom(base, authorizeUrl(client, true));
    return refreshTokenFor(base, client, code);
  });
}

export async function refreshTokenFor(base: string, client: OidcClient, code: string) {
  const response = await fetch(new URL(client.tokenPath, base), {
    method: "POST",
    headers: {
      authorization: `Basic ${Buffer.from(`${client.id}:${client.secret}`).toString("base64")}`,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code,
      redirect_uri: client.redirectUri,
      code_verifier: PKCE_VERIFIER,
    }),
  });
  const body = (await response.json()) as { refresh_token?: string };
  if (!body.refresh_token) throw new Error(`no refresh token: ${JSON.stringify(body)}`);
  return body.refresh_token;
}
