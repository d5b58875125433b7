// The provider's signing keys: one RS256 and one ES256 key per generation, created at first start
// and by `cli keys rotate`. The newest generation signs; the one before stays in the JWKS so
// tokens it signed still verify. Private parts are sealed under a key from TWOFOLD_SECRET.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { type AuditActor, recordAudit } from "@/lib/audit/record";
import { decryptSecret, encryptSecret } from "@/lib/crypto/aes-gcm";
import { getDb } from "@/lib/db/client";

export const SIGNING_ALGS = ["RS256", "ES256"] as const;
type Alg = (typeof SIGNING_ALGS)[number];
const PUBLISHED_GENERATIONS = 2;

function generate(alg: Alg) {
  const pair =
    alg === "RS256"
      ? generateKeyPairSync("rsa", { modulusLength: 2048 })
      : generateKeyPairSync("ec", { namedCurve: "P-256" });
  const kid = randomBytes(12).toString("base64url");
  const extra = { kid, alg, use: "sig" };
  return {
    id: kid,
    alg,
    publicJwk: JSON.stringify({ ...pair.publicKey.export({ format: "jwk" }), ...extra }),
    privateJwk: encryptSecret(
      JSON.stringify({ ...pair.privateKey.export({ format: "jwk" }), ...extra }),
      "oidc-signing-keys",
    ),
  };
}

const isConflict = (error: unknown) => (error as { code?: string }).code === "P2002";

/** Adds generation `generation` of `alg` unless another instance just did. Returns its kid. */
async function addKey(alg: Alg, generation: number): Promise<string | null> {
  try {
    const row = await getDb().signingKey.create({ data: { ...generate(alg), generation } });
    return row.id;
  } catch (error) {
    if (isConflict(error)) return null;
    throw error;
  }
}

/** First start: one key per algorithm. Safe when several instances start at once. */
export async function ensureSigningKeys() {
  for (const alg of SIGNING_ALGS) {
    if (!(await getDb().signingKey.findFirst({ where: { alg } }))) await addKey(alg, 1);
  }
}

/** Adds a new current key per algorithm; the previous one stays published. */
export async function rotateSigningKeys(actor: AuditActor) {
  await ensureSigningKeys();
  const kids: string[] = [];
  for (const alg of SIGNING_ALGS) {
    const newest = await getDb().signingKey.findFirst({
      where: { alg },
      orderBy: { generation: "desc" },
    });
    const kid = await addKey(alg, (newest?.generation ?? 0) + 1);
    if (kid) kids.push(kid);
  }
  await recordAudit({ type: "oidc.signing_key_rotated", actor, data: { kids } });
  return kids;
}

async function publishedRows() {
  const rows = await getDb().signingKey.findMany({ orderBy: { generation: "desc" } });
  return SIGNING_ALGS.flatMap((alg) =>
    rows.filter((r) => r.alg === alg).slice(0, PUBLISHED_GENERATIONS),
  );
}

/** The private JWKS for the provider, newest first per algorithm (the first one signs). */
export async function providerJwks() {
  const rows = await publishedRows();
  return {
    keys: rows.map((r) => JSON.parse(decryptSecret(r.privateJwk, "oidc-signing-keys"))),
  };
}

/** Changes whenever a key is added anywhere: running instances compare it to reload theirs. */
export async function keySetVersion(): Promise<string> {
  const rows = await getDb().signingKey.findMany({
    orderBy: { generation: "desc" },
    select: { id: true },
    take: SIGNING_ALGS.length * PUBLISHED_GENERATIONS,
  });
  return rows.map((r) => r.id).join(",");
}
