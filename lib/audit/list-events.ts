// Audit events for the console and its CSV export, newest first, filtered by outcome, actor,
// affected user (id, username or email), type and time window; each with its label, outcome,
// one-line detail and the names of its actor and user.
import { getDb, type Prisma } from "@/lib/db/client";
import { describeEvent } from "./describe-event";
import { ADMIN_ACTORS, labelOf, type Outcome, outcomeOf, typesOfKind } from "./event-labels";
import type { AuditEventType } from "./record";

export const AUDIT_WINDOWS = { "1h": 1, "24h": 24, "7d": 24 * 7, "30d": 24 * 30 } as const;
export type AuditWindow = keyof typeof AUDIT_WINDOWS;

export type AuditFilters = {
  user?: string;
  /** A username, email or id; an API key's name or id; or "system". */
  actor?: string;
  type?: AuditEventType;
  outcome?: Exclude<Outcome, "info">;
  window?: AuditWindow;
};

export type ListEventsOptions = AuditFilters & { page: number; pageSize: number; now?: Date };

type Where = Prisma.AuditEventWhereInput;

async function findUserId(term: string | undefined): Promise<string | null | undefined> {
  const value = term?.trim();
  if (!value) return undefined;
  const found = await getDb().user.findFirst({
    where: {
      OR: [{ id: value }, { username: value.toLowerCase() }, { primaryEmail: value.toLowerCase() }],
    },
    select: { id: true },
  });
  return found?.id ?? null;
}

/** The actor filter as a condition; null when it names no one (nothing can match). */
async function actorWhere(term: string | undefined): Promise<Where | null | undefined> {
  const value = term?.trim();
  if (!value) return undefined;
  if (value.toLowerCase() === "system") return { actorType: "system" };
  const userId = await findUserId(value);
  if (userId) return { actorId: userId, actorType: { in: ["user", "admin"] } };
  const key = await getDb().apiKey.findFirst({
    where: { OR: [{ id: value }, { name: value }] },
    select: { id: true },
  });
  return key ? { actorId: key.id, actorType: "api_key" } : null;
}

const notByAdmin: Where = { actorType: { notIn: [...ADMIN_ACTORS] } };

function outcomeWhere(outcome: AuditFilters["outcome"]): Where | undefined {
  switch (outcome) {
    case "success":
      return { type: { in: typesOfKind("success") }, ...notByAdmin };
    case "failure":
      return { type: { in: typesOfKind("failure") } };
    case "blocked":
      return { type: { in: typesOfKind("blocked") } };
    case "admin":
      return {
        actorType: { in: [...ADMIN_ACTORS] },
        type: { notIn: typesOfKind("failure", "blocked") },
      };
    default:
      return undefined;
  }
}

/** The filters as one Prisma condition; null when a named user or actor does not exist. */
export async function auditWhere(filters: AuditFilters, now = new Date()) {
  const [userId, actor] = await Promise.all([findUserId(filters.user), actorWhere(filters.actor)]);
  if (userId === null || actor === null) {
    return { where: null, userFound: userId !== null, actorFound: actor !== null };
  }
  const since = filters.window
    ? new Date(now.getTime() - AUDIT_WINDOWS[filters.window] * 3_600_000)
    : undefined;
  const conditions: Where[] = [
    ...(userId ? [{ userId }] : []),
    ...(actor ? [actor] : []),
    ...(filters.type ? [{ type: filters.type }] : []),
    ...(since ? [{ createdAt: { gt: since } }] : []),
    ...(outcomeWhere(filters.outcome) ? [outcomeWhere(filters.outcome) as Where] : []),
  ];
  return { where: { AND: conditions } as Where, userFound: true, actorFound: true };
}

type Row = Awaited<ReturnType<ReturnType<typeof getDb>["auditEvent"]["findMany"]>>[number];

/** Labels, outcomes, details and names for a page of rows, in three lookups whatever its size. */
export async function presentEvents(rows: Row[]) {
  const db = getDb();
  const details = rows.map((e) => parseData(e.data));
  const personIds = new Set<string>();
  const keyIds = new Set<string>();
  const appIds = new Set<string>();
  rows.forEach((e, i) => {
    if (e.userId) personIds.add(e.userId);
    if (e.actorId && (e.actorType === "user" || e.actorType === "admin")) personIds.add(e.actorId);
    if (e.actorId && e.actorType === "api_key") keyIds.add(e.actorId);
    const app = details[i]?.applicationId ?? details[i]?.clientId;
    if (typeof app === "string") appIds.add(app);
  });
  const [people, keys, apps] = await Promise.all([
    db.user.findMany({
      where: { id: { in: [...personIds] } },
      select: { id: true, username: true, primaryEmail: true },
    }),
    db.apiKey.findMany({ where: { id: { in: [...keyIds] } }, select: { id: true, name: true } }),
    db.application.findMany({
      where: { id: { in: [...appIds] } },
      select: { id: true, name: true },
    }),
  ]);
  const names = new Map(people.map((u) => [u.id, u.username ?? u.primaryEmail ?? u.id]));
  const keyNames = new Map(keys.map((k) => [k.id, k.name]));
  const applications = new Map(apps.map((a) => [a.id, a.name]));
  return rows.map((e, i) => {
    const data = details[i] ?? {};
    return {
      ...e,
      details: data,
      label: labelOf(e.type),
      outcome: outcomeOf(e.type, e.actorType),
      detail: describeEvent(e.type, data, { applications }),
      userLabel: e.userId ? (names.get(e.userId) ?? "Deleted user") : null,
      actorLabel: actorLabel(e, names, keyNames),
    };
  });
}

function actorLabel(e: Row, names: Map<string, string>, keys: Map<string, string>): string {
  if (e.actorType === "system") return "System";
  if (e.actorType === "api_key") {
    return e.actorId && keys.has(e.actorId)
      ? `API key “${keys.get(e.actorId)}”`
      : "Revoked API key";
  }
  if (!e.actorId) return "Unknown account";
  return names.get(e.actorId) ?? "Deleted user";
}

function parseData(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

export async function listAuditEvents({ page, pageSize, now, ...filters }: ListEventsOptions) {
  const { where, userFound, actorFound } = await auditWhere(filters, now);
  if (!where) return { total: 0, events: [], userFound, actorFound };
  const db = getDb();
  const [total, rows] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  return { total, userFound, actorFound, events: await presentEvents(rows) };
}

export type PresentedEvent = Awaited<ReturnType<typeof presentEvents>>[number];
