// oidc-provider's storage over Prisma: every model (Session, Grant, AccessToken,
// AuthorizationCode, RefreshToken, Interaction, ReplayDetection, …) is a row of one table keyed by
// (model, id), so any number of instances share it. Clients are not stored here: they come from
// the Application table (client-metadata.ts). Expired rows are swept now and then.
import type { Adapter, AdapterPayload } from "oidc-provider";
import { getDb } from "@/lib/db/client";
import { clientMetadata } from "./client-metadata";

const SWEEP_EVERY_MS = 60_000;
let lastSweep = 0;

/** Deletes every expired row; runs at most once a minute per process, off the request path. */
export function sweepExpired(now = Date.now()) {
  if (now - lastSweep < SWEEP_EVERY_MS) return;
  lastSweep = now;
  getDb()
    .oidcModel.deleteMany({ where: { expiresAt: { lt: new Date(now) } } })
    .catch((error: unknown) => console.error("Sweeping expired provider rows failed", error));
}

type Row = { payload: string; expiresAt: Date | null; consumedAt: Date | null };

function live(row: Row | null): AdapterPayload | undefined {
  if (!row || (row.expiresAt && row.expiresAt.getTime() <= Date.now())) return undefined;
  const payload = JSON.parse(row.payload) as AdapterPayload;
  return row.consumedAt
    ? { ...payload, consumed: Math.floor(row.consumedAt.getTime() / 1000) }
    : payload;
}

export class PrismaAdapter implements Adapter {
  constructor(readonly model: string) {}

  private key(id: string) {
    return { model_id: { model: this.model, id } };
  }

  async upsert(id: string, payload: AdapterPayload, expiresIn?: number) {
    const fields = {
      payload: JSON.stringify(payload),
      grantId: payload.grantId ?? null,
      uid: payload.uid ?? null,
      userCode: payload.userCode ?? null,
      expiresAt: expiresIn ? new Date(Date.now() + expiresIn * 1000) : null,
    };
    await getDb().oidcModel.upsert({
      where: this.key(id),
      create: { model: this.model, id, ...fields },
      update: fields,
    });
    sweepExpired();
  }

  async find(id: string) {
    return live(await getDb().oidcModel.findUnique({ where: this.key(id) }));
  }

  async findByUid(uid: string) {
    return live(await getDb().oidcModel.findFirst({ where: { model: this.model, uid } }));
  }

  async findByUserCode(userCode: string) {
    return live(await getDb().oidcModel.findFirst({ where: { model: this.model, userCode } }));
  }

  async consume(id: string) {
    await getDb().oidcModel.updateMany({
      where: { model: this.model, id, consumedAt: null },
      data: { consumedAt: new Date() },
    });
  }

  async destroy(id: string) {
    await getDb().oidcModel.deleteMany({ where: { model: this.model, id } });
  }

  async revokeByGrantId(grantId: string) {
    await getDb().oidcModel.deleteMany({ where: { grantId } });
  }
}

/** Clients are the Application table, read on every lookup so changes apply everywhere at once. */
class ApplicationClients implements Adapter {
  async find(id: string) {
    const app = await getDb().application.findUnique({ where: { id } });
    return app ? (clientMetadata(app) as AdapterPayload) : undefined;
  }
  async upsert() {
    throw new Error("clients are managed through the Applications API");
  }
  async findByUid() {
    return undefined;
  }
  async findByUserCode() {
    return undefined;
  }
  async consume() {}
  async destroy() {}
  async revokeByGrantId() {}
}

export function adapterFor(model: string): Adapter {
  return model === "Client" ? new ApplicationClients() : new PrismaAdapter(model);
}
