// Persistence of sign-in flows. A flow is bound to the browser by an opaque cookie token whose
// hash is the lookup key; it expires 10 minutes after its last change. Writes are optimistic
// (version must match), so two tabs racing on one flow cannot silently drop a verification.

import { AppError } from "@/lib/core/errors";
import { newId, newToken, sha256 } from "@/lib/crypto/tokens";
import { direct, getDb } from "@/lib/db/client";
import type { RawDb } from "@/lib/db/direct";
import { raw, sql } from "@/lib/db/sql";
import {
  type Flow,
  type FlowData,
  FlowDataSchema,
  type FlowEvent,
  type FlowKind,
  type FlowStatus,
} from "./types";

export const FLOW_TTL_MS = 10 * 60 * 1000;

type FlowRow = {
  id: string;
  event: string;
  userId: string | null;
  status: string;
  version: number;
  mfaFailures: number;
  expiresAt: Date;
  data: string;
};

/** The columns of a FlowRow, for the raw statements that read one. */
const FLOW_COLUMNS = raw(
  '"id", "event", "userId", "status", "version", "mfaFailures", "expiresAt", "data"',
);

export function toFlow(row: FlowRow): Flow {
  return {
    id: row.id,
    event: row.event as FlowKind,
    userId: row.userId,
    status: row.status as FlowStatus,
    version: row.version,
    mfaFailures: row.mfaFailures,
    expiresAt: row.expiresAt,
    data: FlowDataSchema.parse(JSON.parse(row.data)),
  };
}

/** One raw insert: every sign-in starts here (the model create costs ten times as much). */
export async function createFlow(event: FlowEvent, returnTo?: string) {
  const token = newToken();
  const now = new Date();
  const flow: Flow = {
    id: newId(),
    event,
    userId: null,
    status: "active",
    version: 0,
    mfaFailures: 0,
    expiresAt: new Date(now.getTime() + FLOW_TTL_MS),
    data: FlowDataSchema.parse({ verifications: [], returnTo }),
  };
  await direct().$executeRaw`
    INSERT INTO "ExperienceFlow" ("id", "tokenHash", "event", "userId", "data", "mfaFailures",
      "version", "status", "expiresAt", "createdAt", "updatedAt")
    VALUES (${flow.id}, ${sha256(token)}, ${event}, NULL, ${JSON.stringify(flow.data)}, 0, 0,
      'active', ${flow.expiresAt}, ${now}, ${now})`;
  return { token, flow };
}

/** A sign-in or registration flow. Throws session.not_found or session.expired. */
export async function findFlow(token: string | undefined): Promise<Flow> {
  if (!token) throw new AppError("session.not_found");
  // Every step reads its flow first: direct raw SQL costs a tenth of the model query.
  const [row] = await direct().$queryRaw<FlowRow[]>`
    SELECT ${FLOW_COLUMNS} FROM "ExperienceFlow" WHERE "tokenHash" = ${sha256(token)}`;
  // Account re-verifications live in the same table but never serve as a sign-in.
  if (!row || row.event === "Account") throw new AppError("session.not_found");
  if (row.expiresAt.getTime() <= Date.now()) throw new AppError("session.expired");
  return toFlow(row);
}

/**
 * Marks a completed sign-in or registration flow consumed and returns it, in one conditional
 * statement, so two requests cannot both consume it; null when it is not (or no longer) there.
 */
export async function consumeCompletedFlow(
  db: RawDb,
  token: string,
  now: Date,
): Promise<Flow | null> {
  const [row] = await db.$queryRaw<FlowRow[]>`
    UPDATE "ExperienceFlow" SET "status" = 'consumed', "consumedAt" = ${now}, "updatedAt" = ${now}
    WHERE "tokenHash" = ${sha256(token)} AND "event" IN ('SignIn', 'Register')
      AND "status" = 'completed' AND "consumedAt" IS NULL AND "expiresAt" > ${now}
    RETURNING ${FLOW_COLUMNS}`;
  return row ? toFlow(row) : null;
}

/** A flow that can still take steps. Throws session.not_found, session.expired, session.already_completed. */
export async function loadActiveFlow(token: string | undefined): Promise<Flow> {
  const flow = await findFlow(token);
  if (flow.status !== "active") throw new AppError("session.already_completed");
  return flow;
}

/**
 * An account re-verification bound to one session: its lookup key derives from the session id,
 * so only that session reaches it, and starting again replaces the previous one.
 */
const accountFlowKey = (sessionId: string) => sha256(`account-flow:${sessionId}`);

export async function createAccountFlow(sessionId: string, userId: string, data: FlowData) {
  const db = getDb();
  const tokenHash = accountFlowKey(sessionId);
  const [, row] = await db.$transaction([
    db.experienceFlow.deleteMany({ where: { tokenHash } }),
    db.experienceFlow.create({
      data: {
        id: newId(),
        tokenHash,
        event: "Account",
        userId,
        data: JSON.stringify(data),
        expiresAt: new Date(Date.now() + FLOW_TTL_MS),
      },
    }),
  ]);
  return toFlow(row);
}

/** The session's live account re-verification for this user, or null. */
export async function findAccountFlow(sessionId: string, userId: string): Promise<Flow | null> {
  const row = await getDb().experienceFlow.findUnique({
    where: { tokenHash: accountFlowKey(sessionId) },
  });
  const live = row?.event === "Account" && row.status === "active" && row.userId === userId;
  if (!row || !live || row.expiresAt.getTime() <= Date.now()) return null;
  return toFlow(row);
}

export type FlowChanges = Partial<Pick<Flow, "userId" | "data">> & {
  status?: FlowStatus;
  completedAt?: Date;
};

/** Where a flow write goes, and whether it also gives back a second-factor attempt. */
export type SaveOptions = {
  db?: RawDb;
  /**
   * The write records an attempt's success: it gives the slot `takeFlowAttempt` took back in the
   * same conditional statement, so a save that loses a version race leaves the failure counted.
   */
  returnAttempt?: boolean;
};

/** Writes the changes if nobody else changed the flow since it was read; extends the expiry. */
export async function saveFlow(
  flow: Flow,
  changes: FlowChanges,
  options: SaveOptions = {},
): Promise<Flow> {
  return write(flow, changes, options);
}

/**
 * saveFlow that also replaces the flow's token, in the same conditional write: the old token
 * stops working at once. Identification calls it, so a token planted in the browser before the
 * user proved who they are (flow fixation) never reaches the identified flow.
 */
export async function saveFlowWithNewToken(
  flow: Flow,
  changes: FlowChanges,
  options: SaveOptions = {},
): Promise<{ flow: Flow; token: string }> {
  const token = newToken();
  return { flow: await write(flow, changes, options, sha256(token)), token };
}

async function write(
  flow: Flow,
  changes: FlowChanges,
  { db = direct(), returnAttempt = false }: SaveOptions,
  tokenHash?: string,
): Promise<Flow> {
  const next: Flow = { ...flow, ...changes, version: flow.version + 1 };
  const now = new Date();
  next.expiresAt = new Date(now.getTime() + FLOW_TTL_MS);
  const completedAt = changes.completedAt ? sql`, "completedAt" = ${changes.completedAt}` : sql``;
  const newToken = tokenHash ? sql`, "tokenHash" = ${tokenHash}` : sql``;
  const attempt = returnAttempt ? sql`, "mfaFailures" = ${RETURNED_ATTEMPT}` : sql``;
  const count = await db.$executeRaw`
    UPDATE "ExperienceFlow"
    SET "userId" = ${next.userId}, "data" = ${JSON.stringify(next.data)}, "status" = ${next.status},
      "version" = ${next.version}, "expiresAt" = ${next.expiresAt},
      "updatedAt" = ${now}${completedAt}${newToken}${attempt}
    WHERE "id" = ${flow.id} AND "version" = ${flow.version} AND "status" = 'active'`;
  if (count !== 1) throw new AppError("session.conflict");
  return next;
}

/** The counter less the attempt given back; relative, so parallel attempts keep their slots. */
const RETURNED_ATTEMPT = raw('CASE WHEN "mfaFailures" > 0 THEN "mfaFailures" - 1 ELSE 0 END');

/**
 * Takes one of the flow's second-factor attempts before a secret is evaluated, in one
 * conditional update, so parallel requests on one flow cannot share a slot; false when all
 * `limit` are used. Only this statement, `returnFlowAttempt` and a save with `returnAttempt`
 * change the counter, each relative to what is stored, so a version conflict on the flow cannot
 * drop a failure.
 */
export async function takeFlowAttempt(flowId: string, limit: number): Promise<boolean> {
  const count = await direct().$executeRaw`
    UPDATE "ExperienceFlow" SET "mfaFailures" = "mfaFailures" + 1
    WHERE "id" = ${flowId} AND "mfaFailures" < ${limit}`;
  return count === 1;
}

/** Gives a taken attempt back: it was never evaluated. */
export async function returnFlowAttempt(flowId: string): Promise<void> {
  await direct().$executeRaw`
    UPDATE "ExperienceFlow" SET "mfaFailures" = ${RETURNED_ATTEMPT} WHERE "id" = ${flowId}`;
}
