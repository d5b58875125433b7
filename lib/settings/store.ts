// Sign-in experience settings, stored as JSON rows in the database and cached in memory. The
// cache re-checks the rows' newest update time at most once a second, so a change saved by one
// instance reaches the others quickly without a full read per request.
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { FactorTypeSchema, MfaPolicySchema } from "@/lib/mfa/factor-types";

export const MfaSettingsSchema = z.strictObject({
  factors: z
    .array(FactorTypeSchema)
    .max(3)
    .describe("Factor types users may enroll and verify; BackupCode never alone."),
  policy: MfaPolicySchema.describe(
    "Mandatory, or when users are prompted: PromptAtSignInAndSignUp, PromptOnlyAtSignIn, NoPrompt.",
  ),
});

export const SentinelPolicySchema = z.strictObject({
  maxAttempts: z
    .int()
    .min(1)
    .max(100)
    .describe("Failed second-factor attempts per user and factor type in a rolling hour."),
  lockoutDuration: z
    .int()
    .min(1)
    .max(24 * 60)
    .describe("Minutes a factor type stays locked once the attempts run out."),
});

export const SettingsSchema = z.object({
  registration: z.object({ enabled: z.boolean() }).default({ enabled: true }),
  /** MFA is off until an admin switches a factor on. */
  mfa: MfaSettingsSchema.default({ factors: [], policy: "PromptAtSignInAndSignUp" }),
  sentinelPolicy: SentinelPolicySchema.default({ maxAttempts: 10, lockoutDuration: 60 }),
});

export type Settings = z.output<typeof SettingsSchema>;
export type MfaSettings = Settings["mfa"];
export type SentinelPolicy = Settings["sentinelPolicy"];

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
