// Removes an app. What the provider issued to it stops working at once: every token and code is
// checked against its client, which no longer exists; the rows expire and are swept.
import { type AuditActor, recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/core/errors";
import type { RequestMeta } from "@/lib/core/request-meta";
import { getDb } from "@/lib/db/client";

export type DeleteApplicationOptions = { id: string; actor: AuditActor; meta?: RequestMeta };

/** Throws entity.not_found. */
export async function deleteApplication({ id, actor, meta }: DeleteApplicationOptions) {
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.application.deleteMany({ where: { id } });
    if (count !== 1) throw new AppError("entity.not_found");
    await recordAudit({
      type: "application.deleted",
      actor,
      meta,
      data: { applicationId: id },
      db: tx,
    });
  });
}
