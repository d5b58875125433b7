// Seeds a benchmark database through the app's own modules (never timed): TOTP users for the
// sign-ins, identified flows at their second-factor step for the TOTP and passkey requests, an
// admin session, a Management API key. Run by bench/run.ts as `tsx bench/seed.ts <out.json>`
// with the server's DATABASE_URL; writes what the load needs (tokens, secrets) to <out.json>.
import { generateKeyPairSync } from "node:crypto";
import { writeFileSync } from "node:fs";
import { isoBase64URL, isoCBOR } from "@simplewebauthn/server/helpers";
import { createApiKey } from "@/lib/api-keys/keys";
import { encryptSecret } from "@/lib/crypto/aes-gcm";
import { hashSecret } from "@/lib/crypto/password-hash";
import { newId, newToken, sha256 } from "@/lib/crypto/tokens";
import { disconnectDb, getDb } from "@/lib/db/client";
import { FLOW_TTL_MS } from "@/lib/experience/flow-store";
import { type FlowData, FlowDataSchema } from "@/lib/experience/types";
import { newTotpSecret } from "@/lib/mfa/factors/totp/codes";
import { createSession } from "@/lib/sessions/create-session";
import { saveSettings } from "@/lib/settings/store";

export const BENCH_PASSWORD = "bench-quiet-river-lantern";

export type SeedCounts = { signIns: number; totpFlows: number; passkeyFlows: number };

export type Seeded = {
  password: string;
  signInUsers: { username: string; secret: string }[];
  /** Identified flows whose user has TOTP: cookie token and the user's secret. */
  totpFlows: { token: string; secret: string }[];
  /** Identified flows whose user has one passkey; all passkeys share one key pair. */
  passkeyFlows: { token: string; userId: string; credentialId: string }[];
  passkeyPrivateKey: string;
  /** A flow at the TOTP step and one at enrollment, for the pages' JavaScript. */
  verifyPageFlow: string;
  enrollPageFlow: string;
  adminSession: string;
  oidcUserSession: string;
  apiKey: string;
};

const CHUNK = 500;

async function insertInChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

type UserRow = { id: string; username: string; passwordHash: string; role?: string };
type FactorRow = Parameters<ReturnType<typeof getDb>["mfaFactor"]["createMany"]>[0] extends
  | { data: infer D }
  | undefined
  ? D extends (infer R)[]
    ? R
    : never
  : never;

/** An identified sign-in flow, exactly as identification leaves it (password record adopted). */
function identifiedFlow(userId: string) {
  const token = newToken();
  const record = {
    id: newId(),
    createdAt: new Date().toISOString(),
    type: "Password" as const,
    userId,
  };
  const data: FlowData = FlowDataSchema.parse({ verifications: [record], identifiedBy: record.id });
  return {
    token,
    row: {
      id: newId(),
      tokenHash: sha256(token),
      event: "SignIn",
      userId,
      data: JSON.stringify(data),
      version: 2,
      expiresAt: new Date(Date.now() + FLOW_TTL_MS),
    },
  };
}

function coseKey(jwk: { x?: string; y?: string }) {
  return isoCBOR.encode(
    new Map<number, number | Uint8Array>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, new Uint8Array(Buffer.from(jwk.x ?? "", "base64url"))],
      [-3, new Uint8Array(Buffer.from(jwk.y ?? "", "base64url"))],
    ]),
  );
}

export async function seed(counts: SeedCounts): Promise<Seeded> {
  const db = getDb();
  // Backup codes off: a TOTP user then needs nothing but the code (no backup-code prompt).
  await saveSettings({ mfa: { factors: ["Totp", "WebAuthn"], policy: "PromptAtSignInAndSignUp" } });
  const passwordHash = await hashSecret(BENCH_PASSWORD);
  const run = Date.now().toString(36);
  const users: UserRow[] = [];
  const factors: FactorRow[] = [];
  const flows: ReturnType<typeof identifiedFlow>["row"][] = [];
  const addUser = (label: string, role = "user") => {
    const user = { id: newId(), username: `bench_${run}_${label}`, passwordHash, role };
    users.push(user);
    return user;
  };
  const addTotp = (userId: string) => {
    const secret = newTotpSecret();
    factors.push({ id: newId(), userId, type: "Totp", secret: encryptSecret(secret) });
    return secret;
  };
  const addFlow = (userId: string) => {
    const flow = identifiedFlow(userId);
    flows.push(flow.row);
    return flow.token;
  };

  const signInUsers = Array.from({ length: counts.signIns }, (_, i) => {
    const user = addUser(`s${i}`);
    return { username: user.username, secret: addTotp(user.id) };
  });
  const totpFlows = Array.from({ length: counts.totpFlows }, (_, i) => {
    const user = addUser(`t${i}`);
    const secret = addTotp(user.id);
    return { token: addFlow(user.id), secret };
  });
  const keys = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const publicKey = isoBase64URL.fromBuffer(coseKey(keys.publicKey.export({ format: "jwk" })));
  const passkeyFlows = Array.from({ length: counts.passkeyFlows }, (_, i) => {
    const user = addUser(`p${i}`);
    const credentialId = isoBase64URL.fromBuffer(new Uint8Array(Buffer.from(newId())));
    factors.push({
      id: newId(),
      userId: user.id,
      type: "WebAuthn",
      name: "Bench key",
      credentialId,
      publicKey,
      counter: 0n,
      transports: JSON.stringify(["internal"]),
      deviceType: "singleDevice",
      backedUp: false,
      aaguid: "00000000-0000-0000-0000-000000000000",
    });
    return { token: addFlow(user.id), userId: user.id, credentialId };
  });
  const verifyPageUser = addUser("verify-page");
  addTotp(verifyPageUser.id);
  const verifyPageFlow = addFlow(verifyPageUser.id);
  const enrollPageFlow = addFlow(addUser("enroll-page").id);
  const admin = addUser("admin", "admin");
  const oidcUser = addUser("oidc");

  await insertInChunks(users, (data) => db.user.createMany({ data }));
  await insertInChunks(factors, (data) => db.mfaFactor.createMany({ data }));
  await insertInChunks(flows, (data) => db.experienceFlow.createMany({ data }));
  const meta = { ip: "127.0.0.1", userAgent: "bench" };
  const adminSession = (await createSession(db, admin.id, meta)).token;
  const oidcUserSession = (await createSession(db, oidcUser.id, meta)).token;
  const { key } = await createApiKey({
    name: `bench ${run}`,
    scope: "write",
    actor: { type: "system" },
  });
  return {
    password: BENCH_PASSWORD,
    signInUsers,
    totpFlows,
    passkeyFlows,
    passkeyPrivateKey: keys.privateKey.export({ format: "pem", type: "pkcs8" }).toString(),
    verifyPageFlow,
    enrollPageFlow,
    adminSession,
    oidcUserSession,
    apiKey: key,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out, counts] = process.argv.slice(2);
  if (!out || !counts) throw new Error("usage: tsx bench/seed.ts <out.json> <counts json>");
  const seeded = await seed(JSON.parse(counts) as SeedCounts);
  writeFileSync(out, JSON.stringify(seeded));
  await disconnectDb();
}
