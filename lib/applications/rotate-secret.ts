// Issues a new client secret for a Traditional app; the old one stops working at once.
import { type AuditActor, recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/core/errors";
import type { RequestMeta } from "@/lib/core/request-meta";
import { getDb } from "@/lib/db/client";
import { newClientSecret } from "./secret";
import { toApplicationView } from "./types";

export type RotateSecretOptions = { id: string; actor: AuditActor; meta?: RequestMeta };

/** Throws entity.not_found, application.no_secret (SPA and Native apps have none). */
export async function rotateApplicationSecret({ id, actor, meta }: RotateSecretOptions) {
  const db = getDb();
  const current = await db.application.findUnique({ where: { id } });
  if (!current) throw new AppError("entity.not_found");
  if (current.type !== "Traditional") throw new AppError("application.no_secret");
  const issued = newClientSecret();
  return db.$transaction(async (tx) => {
    const row = await tx.application.update({ where: { id }, data: { secret: issued.sealed } });
    await recordAudit({
      type: "application.secret_rotated",
      actor,
      meta,
      data: { applicationId: id },
      db: tx,
    });
    return { ...toApplicationView(row), secret: issued.secret };
  });
}
