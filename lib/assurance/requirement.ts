// What binds a sign-in flow to a provider interaction: the flow's returnTo is the interaction's
// own path, so the level its app asks for (acr_values, requireMfa) applies to the flow even when
// the flow restarted. Reads the stored interaction only; no provider code, so the hosted pages
// can use it.
import { getDb } from "@/lib/db/client";
import { requiredLevel } from "./acr";

export const INTERACTION_PATH = "/oidc/interaction/";

/** The interaction uid a flow's returnTo points at, if any. */
export function interactionUid(returnTo: string | undefined): string | undefined {
  const match = returnTo?.match(/^\/oidc\/interaction\/([A-Za-z0-9_-]{1,64})$/);
  return match?.[1];
}

type StoredInteraction = { params?: { acr_values?: unknown; client_id?: unknown } };

/** The level a request of `clientId` with `acrValues` needs (the app's requireMfa included). */
export async function requestLevel(clientId: unknown, acrValues: unknown) {
  const app =
    typeof clientId === "string"
      ? await getDb().application.findUnique({
          where: { id: clientId },
          select: { requireMfa: true },
        })
      : null;
  return requiredLevel(typeof acrValues === "string" ? acrValues : undefined, !!app?.requireMfa);
}

/** The level the bound interaction's request needs; undefined when none or no interaction. */
export async function interactionRequirement(returnTo: string | undefined) {
  const uid = interactionUid(returnTo);
  if (!uid) return undefined;
  const row = await getDb().oidcModel.findUnique({
    where: { model_id: { model: "Interaction", id: uid } },
  });
  if (!row || (row.expiresAt && row.expiresAt.getTime() <= Date.now())) return undefined;
  const { params } = JSON.parse(row.payload) as StoredInteraction;
  return requestLevel(params?.client_id, params?.acr_values);
}
