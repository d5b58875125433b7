"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createApiKey, revokeApiKey } from "@/lib/api-keys/keys";
import { requireAdmin } from "@/lib/auth/current-user";
import { AppError } from "@/lib/core/errors";
import { actionMeta } from "@/lib/http/action-context";
import { type ActionState, refusedState, toActionState } from "@/lib/http/action-state";
import { formCheckbox, formInput, formText } from "@/lib/http/form-input";
import { serverAction } from "@/lib/http/server-action";

const CreateKeyForm = z.object({ name: formText(128), readOnly: formCheckbox() });
const RevokeKeyForm = z.object({ id: formText(256) });

export type CreateKeyState = ActionState & { key?: string; name?: string };

export const createApiKeyAction = serverAction(
  async (_: CreateKeyState, form: FormData): Promise<CreateKeyState> => {
    const admin = await requireAdmin("/console/api-keys");
    const { name, readOnly } = formInput(CreateKeyForm, form);
    try {
      const { key, apiKey } = await createApiKey({
        name,
        scope: readOnly ? "read" : "write",
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
      formInput(RevokeKeyForm, form).id,
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
