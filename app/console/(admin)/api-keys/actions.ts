"use server";
import { revalidatePath } from "next/cache";
import { createApiKey, revokeApiKey } from "@/lib/api-keys/keys";
import { requireAdmin } from "@/lib/auth/current-user";
import { actionMeta } from "@/lib/http/action-context";
import { type ActionState, toActionState } from "@/lib/http/action-state";

export type CreateKeyState = ActionState & { key?: string; name?: string };

export async function createApiKeyAction(
  _: CreateKeyState,
  form: FormData,
): Promise<CreateKeyState> {
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
}

export async function revokeApiKeyAction(form: FormData): Promise<void> {
  const admin = await requireAdmin("/console/api-keys");
  await revokeApiKey(
    String(form.get("id") ?? ""),
    { type: "admin", id: admin.id },
    await actionMeta(),
  );
  revalidatePath("/console/api-keys");
}
