// Registers an app with the provider. Traditional apps get a client secret, returned here once.
import { type AuditActor, recordAudit } from "@/lib/audit/record";
import type { RequestMeta } from "@/lib/core/request-meta";
import { newId } from "@/lib/crypto/tokens";
import { getDb } from "@/lib/db/client";
import { newClientSecret } from "./secret";
import { type ApplicationType, toApplicationView } from "./types";
import { assertRedirectUris } from "./validate";

export type CreateApplicationOptions = {
  name: string;
  type: ApplicationType;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  requireMfa: boolean;
  actor: AuditActor;
  meta?: RequestMeta;
  /** A fixed client_id (the seeded demo app); default a random one. */
  id?: string;
};

/** Throws guard.invalid_input for a refused redirect URI. */
export async function createApplication(options: CreateApplicationOptions) {
  assertRedirectUris(options.type, options);
  const issued = options.type === "Traditional" ? newClientSecret() : undefined;
  const db = getDb();
  return db.$transaction(async (tx) => {
    const row = await tx.application.create({
      data: {
        id: options.id ?? newId().replaceAll("-", ""),
        name: options.name,
        type: options.type,
        secret: issued?.sealed ?? null,
        redirectUris: JSON.stringify(options.redirectUris),
        postLogoutRedirectUris: JSON.stringify(options.postLogoutRedirectUris),
        requireMfa: options.requireMfa,
      },
    });
    await recordAudit({
      type: "application.created",
      actor: options.actor,
      meta: options.meta,
      data: { applicationId: row.id, name: row.name, type: row.type },
      db: tx,
    });
    return { ...toApplicationView(row), secret: issued?.secret };
  });
}
