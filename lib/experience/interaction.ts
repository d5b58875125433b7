// The sanitised view of a flow for the hosted pages and custom UIs: no hashes, no tokens.
import { getDb } from "@/lib/db/client";
import type { Flow } from "./types";

export async function describeFlow(flow: Flow) {
  const user = flow.userId
    ? await getDb().user.findUnique({
        where: { id: flow.userId },
        select: { id: true, username: true, primaryEmail: true },
      })
    : null;
  return {
    event: flow.event,
    status: flow.status,
    expiresAt: flow.expiresAt.toISOString(),
    identified: Boolean(flow.data.identifiedBy),
    user,
    verifications: flow.data.verifications.map((r) => ({ id: r.id, type: r.type })),
  };
}
