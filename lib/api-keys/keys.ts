// Management API keys: `tfk_<random>`, shown once; only the SHA-256 is stored, with a short
// prefix to tell keys apart in the console. Read-only keys may only read.
import { type AuditActor, recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/core/errors";
import type { RequestMeta } from "@/lib/core/request-meta";
import { newId, newToken, sha256 } from "@/lib/crypto/tokens";
import { getDb } from "@/lib/db/client";

export type ApiKeyScope = "read" | "write";
export type ApiKeyCaller = { id: string; name: string; scope: ApiKeyScope };

/** What a Management API caller without a working key is told (with 401 auth.unauthorized). */
export const API_KEY_REFUSED = "The API key is missing, invalid or revoked.";

const PREFIX = "tfk_";
const LAST_USED_RESOLUTION_MS = 60_000;

export type CreateApiKeyOptions = {
  name: string;
  scope: ApiKeyScope;
  actor: AuditActor;
  meta?: RequestMeta;
};

/** Returns the key itself (the only time it exists outside the caller's hands) and its row. */
export async function createApiKey({ name, scope, actor, meta }: CreateApiKeyOptions) {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 64) {
    throw new AppError("guard.invalid_input", {
      issues: [{ path: "name", message: "1–64 characters" }],
    });
  }
  const key = `${PREFIX}${newToken()}`;
  const row = await getDb().apiKey.create({
    data: {
      id: newId(),
      name: trimmed,
      prefix: key.slice(0, 10),
      keyHash: sha256(key),
      scope,
      createdBy: actor.id ?? null,
    },
  });
  await recordAudit({
    type: "api_key.created",
    actor,
    meta,
    data: { apiKeyId: row.id, name: trimmed, scope },
  });
  return { key, apiKey: row };
}

/** The caller behind a bearer key, or null for a missing, unknown or revoked key. */
export async function resolveApiKey(key: string | null): Promise<ApiKeyCaller | null> {
  if (!key?.startsWith(PREFIX)) return null;
  const row = await getDb().apiKey.findUnique({ where: { keyHash: sha256(key) } });
  if (!row || row.revokedAt) return null;
  const now = Date.now();
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await getDb().apiKey.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } });
  }
  return { id: row.id, name: row.name, scope: row.scope as ApiKeyScope };
}

export async function revokeApiKey(id: string, actor: AuditActor, meta?: RequestMeta) {
  const { count } = await getDb().apiKey.updateMany({
    where: { id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count !== 1) throw new AppError("entity.not_found");
  await recordAudit({ type: "api_key.revoked", actor, meta, data: { apiKeyId: id } });
}

export function listApiKeys() {
  return getDb().apiKey.findMany({
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      prefix: true,
      scope: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
    },
  });
}
