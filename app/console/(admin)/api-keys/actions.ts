"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createApiKey, revokeApiKey } from "@/lib/api-keys/keys";
import { requireAdmin } from "@/lib/auth/current-user";
import { AppError } from "@/lib/core/errors";
import { actionMeta } from "@/lib/http/action-context";
import { type ActionState, refusedState, toActionState } from "@/lib/http/action-state";
import { serverAction } from "@/lib/http/server-action";

export type CreateKeyState = ActionState & { key?: string; name?: string };

export const createApiKeyAction = serverAction(
  async (_: CreateKeyState, form: FormData): Promise<CreateKeyState> => {
    const admin = await requireAdmin("/console/api-keys");
    const name = String(form.get("name") ?? "").slice(0, 128);
    try {
      const { key, apiKey } = await createApiKey({
        name,
        scope: form.get("readOnly") === "on" ? "read" : "write",
        actor: { type: "admin", id: admin.id },
        meta: await actionMeta(),
      });
      revalidatePath("/console/api-keys");
      return { key, name: apiKey.name };
    } catch (error) {
      return toActionState(error, { name });
    }
  },
  refusedState,
);

/** Confirmed on the page first; a second submit (already revoked) is reported, not an error. */
export const revokeApiKeyAction = serverAction(async (form: FormData): Promise<void> => {
  const admin = await requireAdmin("/console/api-keys");
  let notice = "revoked";
  try {
    await revokeApiKey(
      String(form.get("id") ?? ""),
      { type: "admin", id: admin.id },
      await actionMeta(),
    );
  } catch (error) {
    if (!(error instanceof AppError && error.code === "entity.not_found")) throw error;
    notice = "already-revoked";
  }
  revalidatePath("/console/api-keys");
  redirect(`/console/api-keys?notice=${notice}`);
});
