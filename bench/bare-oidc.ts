// The reference for the OIDC budget: a bare oidc-provider 9 with an in-memory adapter, one
// Traditional client, the app's TTLs and refresh-token rotation, RS256 ID tokens. Codes and
// refresh tokens are minted through the provider's own models at /mint (not timed).
// `tsx bench/bare-oidc.ts <port>`; prints "ready" when listening.
import { generateKeyPairSync } from "node:crypto";
import { createServer } from "node:http";
import Provider from "oidc-provider";
import { PKCE_CHALLENGE } from "./scenarios";

const port = Number(process.argv[2] ?? 3299);
const CLIENT = { id: "bench", secret: "bench-secret-bench-secret-bench-secret" };
const REDIRECT_URI = "http://localhost:9/callback";
const key = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({
  format: "jwk",
});

/**
 * oidc-provider's own in-memory adapter, without its LRU bound (1000 entries, which a run's
 * minted codes would overflow): a Map per process, like the development adapter otherwise.
 */
const store = new Map<string, { payload: Record<string, unknown>; expiresAt: number }>();
const grants = new Map<string, string[]>();
class MemoryAdapter {
  constructor(private readonly model: string) {}
  private key = (id: string) => `${this.model}:${id}`;
  async upsert(id: string, payload: Record<string, unknown>, expiresIn: number) {
    store.set(this.key(id), { payload, expiresAt: Date.now() + expiresIn * 1000 });
    const grantId = payload.grantId as string | undefined;
    if (grantId) grants.set(grantId, [...(grants.get(grantId) ?? []), this.key(id)]);
    if (payload.uid) store.set(`uid:${payload.uid}`, { payload: { id }, expiresAt: Infinity });
  }
  async find(id: string) {
    const entry = store.get(this.key(id));
    return entry && entry.expiresAt > Date.now() ? entry.payload : undefined;
  }
  async findByUid(uid: string) {
    const id = store.get(`uid:${uid}`)?.payload.id as string | undefined;
    return id ? this.find(id) : undefined;
  }
  async findByUserCode() {
    return undefined;
  }
  async consume(id: string) {
    const entry = store.get(this.key(id));
    if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
  }
  async destroy(id: string) {
    store.delete(this.key(id));
  }
  async revokeByGrantId(grantId: string) {
    for (const key of grants.get(grantId) ?? []) store.delete(key);
    grants.delete(grantId);
  }
}

const provider = new Provider(`http://localhost:${port}`, {
  adapter: MemoryAdapter,
  clients: [
    {
      client_id: CLIENT.id,
      client_secret: CLIENT.secret,
      redirect_uris: [REDIRECT_URI],
      grant_types: ["authorization_code", "refresh_token"],
    },
  ],
  jwks: { keys: [{ ...key, kid: "bench", use: "sig", alg: "RS256" }] },
  findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub }) }),
  claims: { openid: ["sub", "acr", "amr", "auth_time"] },
  scopes: ["openid", "offline_access"],
  rotateRefreshToken: true,
  features: { devInteractions: { enabled: false } },
  ttl: {
    AccessToken: 3600,
    AuthorizationCode: 60,
    IdToken: 3600,
    Grant: 1209600,
    RefreshToken: 1209600,
  },
});

async function mint(kind: string, count: number): Promise<string[]> {
  const client = await provider.Client.find(CLIENT.id);
  if (!client) throw new Error("no client");
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const grant = new provider.Grant({ accountId: "bench-user", clientId: CLIENT.id });
    grant.addOIDCScope(kind === "refresh" ? "openid offline_access" : "openid");
    const grantId = await grant.save();
    const common = {
      accountId: "bench-user",
      client,
      grantId,
      acr: "urn:twofold:acr:mfa",
      amr: ["pwd", "otp", "mfa"],
      authTime: Math.floor(Date.now() / 1000),
    };
    if (kind === "refresh") {
      const token = new provider.RefreshToken({
        ...common,
        scope: "openid offline_access",
        gty: "authorization_code",
        rotations: 0,
        iiat: Math.floor(Date.now() / 1000),
      });
      out.push(await token.save());
    } else {
      const code = new provider.AuthorizationCode({
        ...common,
        gty: "authorization_code",
        scope: "openid",
        redirectUri: REDIRECT_URI,
        codeChallenge: PKCE_CHALLENGE,
        codeChallengeMethod: "S256",
      });
      out.push(await code.save());
    }
  }
  return out;
}

const callback = provider.callback();
createServer((req, res) => {
  const url = new URL(req.url ?? "/", `http://localhost:${port}`);
  if (url.pathname !== "/mint") return void callback(req, res);
  mint(url.searchParams.get("kind") ?? "code", Number(url.searchParams.get("n") ?? 1)).then(
    (values) => res.end(JSON.stringify(values)),
    (error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    },
  );
}).listen(port, () => console.info("ready"));
