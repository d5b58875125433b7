"use server";
// Server actions of the console's Applications pages: each calls one use case of
// lib/applications; a secret comes back to the page once, never again.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createApplication } from "@/lib/applications/create-application";
import { deleteApplication } from "@/lib/applications/delete-application";
import { rotateApplicationSecret } from "@/lib/applications/rotate-secret";
import { ApplicationTypeSchema } from "@/lib/applications/types";
import { updateApplication } from "@/lib/applications/update-application";
import { requireAdmin } from "@/lib/auth/current-user";
import { AppError } from "@/lib/core/errors";
import { actionMeta } from "@/lib/http/action-context";
import { type ActionState, refusedState, toActionState } from "@/lib/http/action-state";
import { serverAction } from "@/lib/http/server-action";

export type SecretState = ActionState & { id?: string; secret?: string; name?: string };

const lines = (form: FormData, name: string) =>
  String(form.get(name) ?? "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 20);

function problem(error: unknown) {
  const issues = error instanceof AppError ? error.data?.issues : undefined;
  if (!Array.isArray(issues) || issues.length === 0) return undefined;
  const first = issues[0] as { path: string; message: string };
  if (!/uris/i.test(first.path)) return undefined;
  return `${first.path.includes("postLogout") ? "Sign-out" : "Redirect"} URI: ${first.message}`;
}

export const createApplicationAction = serverAction(
  async (_: SecretState, form: FormData): Promise<SecretState> => {
    const admin = await requireAdmin("/console/applications");
    const values = {
      name: String(form.get("name") ?? "").slice(0, 128),
      type: String(form.get("type") ?? ""),
      redirectUris: String(form.get("redirectUris") ?? ""),
      postLogoutRedirectUris: String(form.get("postLogoutRedirectUris") ?? ""),
    };
    try {
      // A forged form can send any type: refused as input, like every other field.
      const type = ApplicationTypeSchema.safeParse(values.type).data;
      if (!type) {
        const issues = [{ path: "type", message: "Choose Traditional, SPA or Native." }];
        throw new AppError("guard.invalid_input", { issues }, "Choose the application's type.");
      }
      if (!values.name.trim())
        throw new AppError("guard.invalid_input", undefined, "Enter a name.");
      const app = await createApplication({
        name: values.name.trim(),
        type,
        redirectUris: lines(form, "redirectUris"),
        postLogoutRedirectUris: lines(form, "postLogoutRedirectUris"),
        requireMfa: form.get("requireMfa") === "on",
        actor: { type: "admin", id: admin.id },
        meta: await actionMeta(),
      });
      revalidatePath("/console/applications");
      return { id: app.id, secret: app.secret, name: app.name };
    } catch (error) {
      const state = toActionState(error, values);
      const detail = problem(error);
      return detail && state.error
        ? { ...state, error: { ...state.error, message: detail } }
        : state;
    }
  },
  refusedState,
);

export const updateApplicationAction = serverAction(
  async (_: ActionState, form: FormData): Promise<ActionState> => {
    const id = String(form.get("id") ?? "");
    const admin = await requireAdmin(`/console/applications/${id}`);
    try {
      await updateApplication({
        id,
        changes: {
          requireMfa: form.get("requireMfa") === "on",
          oidcClientMetadata: {
            redirectUris: lines(form, "redirectUris"),
            postLogoutRedirectUris: lines(form, "postLogoutRedirectUris"),
          },
        },
        actor: { type: "admin", id: admin.id },
        meta: await actionMeta(),
      });
    } catch (error) {
      const state = toActionState(error, {});
      const detail = problem(error);
      return detail && state.error
        ? { ...state, error: { ...state.error, message: detail } }
        : state;
    }
    revalidatePath(`/console/applications/${id}`);
    redirect(`/console/applications/${id}?notice=saved`);
  },
  refusedState,
);

export const rotateSecretAction = serverAction(
  async (_: SecretState, form: FormData): Promise<SecretState> => {
    const id = String(form.get("id") ?? "");
    const admin = await requireAdmin(`/console/applications/${id}`);
    try {
      const app = await rotateApplicationSecret({
        id,
        actor: { type: "admin", id: admin.id },
        meta: await actionMeta(),
      });
      return { id, secret: app.secret, name: app.name };
    } catch (error) {
      return toActionState(error, {});
    }
  },
  refusedState,
);

export const deleteApplicationAction = serverAction(async (form: FormData): Promise<void> => {
  const admin = await requireAdmin("/console/applications");
  try {
    await deleteApplication({
      id: String(form.get("id") ?? ""),
      actor: { type: "admin", id: admin.id },
      meta: await actionMeta(),
    });
  } catch (error) {
    if (!(error instanceof AppError && error.code === "entity.not_found")) throw error;
  }
  revalidatePath("/console/applications");
  redirect("/console/applications?notice=deleted");
});
