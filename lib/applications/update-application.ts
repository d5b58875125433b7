// Changes an app's name, redirect URIs or MFA requirement. The provider reads clients from the
// table on each request, so a change applies at once on every instance.
import { type AuditActor, recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/core/errors";
import type { RequestMeta } from "@/lib/core/request-meta";
import { getDb } from "@/lib/db/client";
import { type ApplicationType, toApplicationView } from "./types";
import { assertRedirectUris } from "./validate";

export type UpdateApplicationOptions = {
  id: string;
  changes: {
    name?: string;
    oidcClientMetadata?: { redirectUris?: string[]; postLogoutRedirectUris?: string[] };
    requireMfa?: boolean;
  };
  actor: AuditActor;
  meta?: RequestMeta;
};

/** Throws entity.not_found, guard.invalid_input. */
export async function updateApplication({ id, changes, actor, meta }: UpdateApplicationOptions) {
  const db = getDb();
  const current = await db.application.findUnique({ where: { id } });
  if (!current) throw new AppError("entity.not_found");
  const uris = changes.oidcClientMetadata ?? {};
  assertRedirectUris(current.type as ApplicationType, uris);
  return db.$transaction(async (tx) => {
    const row = await tx.application.update({
      where: { id },
      data: {
        name: changes.name,
        requireMfa: changes.requireMfa,
        redirectUris: uris.redirectUris && JSON.stringify(uris.redirectUris),
        postLogoutRedirectUris:
          uris.postLogoutRedirectUris && JSON.stringify(uris.postLogoutRedirectUris),
      },
    });
    await recordAudit({
      type: "application.updated",
      actor,
      meta,
      data: { applicationId: id, fields: Object.keys(changes) },
      db: tx,
    });
    return toApplicationView(row);
  });
}
