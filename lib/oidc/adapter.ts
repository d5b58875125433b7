// oidc-provider's storage over Prisma: every model (Session, Grant, AccessToken,
// AuthorizationCode, RefreshToken, Interaction, ReplayDetection, …) is a row of one table keyed by
// (model, id), so any number of instances share it. Clients are not stored here: they come from
// the Application table (client-metadata.ts). Expired rows are swept now and then.
import { type Adapter, type AdapterPayload, errors } from "oidc-provider";
import { direct, getDb } from "@/lib/db/client";
import { storable, template } from "@/lib/db/sql";
import { CLIENT_COLUMNS, type ClientColumns, clientMetadata } from "./client-metadata";

const CLIENT_BY_ID = template(
  `SELECT ${CLIENT_COLUMNS.map((column) => `"${column}"`).join(", ")} FROM "Application" WHERE "id" = `,
  "",
);

/** The lookup of a model's row by `column`: the model and the value are its values. */
const lookupBy = (column: string) =>
  template(
    `SELECT "payload", "expiresAt", "consumedAt" FROM "OidcModel" WHERE "model" = `,
    ` AND "${column}" = `,
    " LIMIT 1",
  );
const BY_ID = lookupBy("id");
const BY_UID = lookupBy("uid");
const BY_USER_CODE = lookupBy("userCode");

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

/** The models a token request spends: each may be used once. */
const GRANT_SOURCES = new Set([
  "AuthorizationCode",
  "RefreshToken",
  "DeviceCode",
  "BackchannelAuthenticationRequest",
]);

type Row = { payload: string; expiresAt: Date | null; consumedAt: Date | null };

/** The payload of a lookup's row, unless there is none or it has expired. */
function live([row]: Row[]): AdapterPayload | undefined {
  if (!row || (row.expiresAt && row.expiresAt.getTime() <= Date.now())) return undefined;
  const payload = JSON.parse(row.payload) as AdapterPayload;
  return row.consumedAt
    ? { ...payload, consumed: Math.floor(row.consumedAt.getTime() / 1000) }
    : payload;
}

// The provider reads and writes a row several times per grant, so these are raw SQL on the direct
// connection (a tenth of the model queries' cost); both dialects read them alike. The lookups are
// plain functions over the executor's promise: each promise more runs the request storage's hooks.
export class PrismaAdapter implements Adapter {
  constructor(readonly model: string) {}

  async upsert(id: string, payload: AdapterPayload, expiresIn?: number) {
    const expiresAt = expiresIn ? new Date(Date.now() + expiresIn * 1000) : null;
    await direct().$executeRaw`
      INSERT INTO "OidcModel" ("model", "id", "payload", "grantId", "uid", "userCode", "expiresAt")
      VALUES (${this.model}, ${id}, ${JSON.stringify(payload)}, ${payload.grantId ?? null},
        ${payload.uid ?? null}, ${payload.userCode ?? null}, ${expiresAt})
      ON CONFLICT ("model", "id") DO UPDATE SET "payload" = excluded."payload",
        "grantId" = excluded."grantId", "uid" = excluded."uid",
        "userCode" = excluded."userCode", "expiresAt" = excluded."expiresAt"`;
    sweepExpired();
  }

  /** The live row a lookup finds: a plain function over the executor's promise. */
  private first(by: TemplateStringsArray, value: string) {
    if (!storable(value)) return Promise.resolve(undefined);
    return direct().$queryRaw<Row[]>(by, this.model, value).then(live);
  }

  find(id: string) {
    return this.first(BY_ID, id);
  }

  findByUid(uid: string) {
    return this.first(BY_UID, uid);
  }

  findByUserCode(userCode: string) {
    return this.first(BY_USER_CODE, userCode);
  }

  /**
   * Marks a code or token spent. The provider checks `consumed` when it reads the row and
   * consumes afterwards, so two requests presenting one code at once both pass its check; the
   * conditional write lets only one of them through. The other is answered as a reuse a moment
   * later would be: invalid_grant, and the grant revoked with everything issued from it (the
   * grant row goes too, so tokens the winner stores after this are dead on arrival).
   */
  async consume(id: string) {
    const changed = await direct().$executeRaw`
      UPDATE "OidcModel" SET "consumedAt" = ${new Date()}
      WHERE "model" = ${this.model} AND "id" = ${id} AND "consumedAt" IS NULL`;
    if (changed > 0 || !GRANT_SOURCES.has(this.model)) return;
    const [row] = await direct().$queryRaw<{ grantId: string | null }[]>`
      SELECT "grantId" FROM "OidcModel" WHERE "model" = ${this.model} AND "id" = ${id}`;
    if (row?.grantId) {
      await direct().$executeRaw`
        DELETE FROM "OidcModel"
        WHERE "grantId" = ${row.grantId} OR ("model" = 'Grant' AND "id" = ${row.grantId})`;
    }
    throw new errors.InvalidGrant(`${this.model} already consumed`);
  }

  async destroy(id: string) {
    await direct().$executeRaw`
      DELETE FROM "OidcModel" WHERE "model" = ${this.model} AND "id" = ${id}`;
  }

  async revokeByGrantId(grantId: string) {
    await direct().$executeRaw`DELETE FROM "OidcModel" WHERE "grantId" = ${grantId}`;
  }
}

/** Clients are the Application table, read on every lookup so changes apply everywhere at once. */
class ApplicationClients implements Adapter {
  find(id: string) {
    if (!storable(id)) return Promise.resolve(undefined);
    // Raw on the direct connection: the provider looks its client up on every request.
    return direct()
      .$queryRaw<ClientColumns[]>(CLIENT_BY_ID, id)
      .then(([app]) => (app ? (clientMetadata(app) as AdapterPayload) : undefined));
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
