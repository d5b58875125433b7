// Sign-in experience settings, stored as JSON rows in the database and cached in memory. The
// cache re-checks the rows' newest update time at most once a second, so a change saved by one
// instance reaches the others quickly without a full read per request.
import { getDb } from "@/lib/db/client";
import { type Settings, SettingsSchema } from "./schemas";

export {
  type MfaSettings,
  MfaSettingsSchema,
  type PasskeySignIn,
  PasskeySignInSchema,
  passkeySignInOn,
  type SentinelPolicy,
  SentinelPolicySchema,
  type Settings,
  SettingsSchema,
} from "./schemas";

const RECHECK_MS = 1000;
let cache: { settings: Settings; version: number; checkedAt: number } | undefined;

async function latestVersion(): Promise<number> {
  const row = await getDb().setting.findFirst({
    orderBy: { updatedAt: "desc" },
    select: { updatedAt: true },
  });
  return row?.updatedAt.getTime() ?? 0;
}

async function readAll(): Promise<Settings> {
  const rows = await getDb().setting.findMany();
  const raw: Record<string, unknown> = {};
  for (const row of rows) raw[row.key] = JSON.parse(row.value);
  return SettingsSchema.parse(raw);
}

export async function getSettings(): Promise<Settings> {
  const now = Date.now();
  if (cache && now - cache.checkedAt < RECHECK_MS) return cache.settings;
  const version = await latestVersion();
  if (!cache || cache.version !== version) {
    cache = { settings: await readAll(), version, checkedAt: now };
  } else {
    cache.checkedAt = now;
  }
  return cache.settings;
}

/** Saves whole sections; callers validate them first (see validateMfaSettings). */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const db = getDb();
  await db.$transaction(
    Object.entries(patch).map(([key, value]) =>
      db.setting.upsert({
        where: { key },
        create: { key, value: JSON.stringify(value) },
        update: { value: JSON.stringify(value) },
      }),
    ),
  );
  cache = undefined;
  return getSettings();
}
