"use server";
// Server actions of the console's Applications pages: each calls one use case of
// lib/applications; a secret comes back to the page once, never again.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createApplication } from "@/lib/applications/create-application";
import { deleteApplication } from "@/lib/applications/delete-application";
import { rotateApplicationSecret } from "@/lib/applications/rotate-secret";
import { ApplicationTypeSchema } from "@/lib/applications/types";
import { updateApplication } from "@/lib/applications/update-application";
import { requireAdmin } from "@/lib/auth/current-user";
import { AppError } from "@/lib/core/errors";
import { actionMeta } from "@/lib/http/action-context";
import { type ActionState, refusedState, toActionState } from "@/lib/http/action-state";
import { formCheckbox, formInput, formText } from "@/lib/http/form-input";
import { serverAction } from "@/lib/http/server-action";

export type SecretState = ActionState & { id?: string; secret?: string; name?: string };

// The create and edit forms; a form without a field reads it as empty.
const ApplicationForm = z.object({
  id: formText(256),
  name: formText(128),
  type: formText(64),
  // Up to 20 URIs a line each.
  redirectUris: formText(20 * 2048),
  postLogoutRedirectUris: formText(20 * 2048),
  requireMfa: formCheckbox(),
});

const lines = (value: string) =>
  value
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
    const { id: _id, requireMfa, ...values } = formInput(ApplicationForm, form);
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
        redirectUris: lines(values.redirectUris),
        postLogoutRedirectUris: lines(values.postLogoutRedirectUris),
        requireMfa,
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
    const { id, requireMfa, redirectUris, postLogoutRedirectUris } = formInput(
      ApplicationForm,
      form,
    );
    const admin = await requireAdmin(`/console/applications/${id}`);
    try {
      await updateApplication({
        id,
        changes: {
          requireMfa,
          oidcClientMetadata: {
            redirectUris: lines(redirectUris),
            postLogoutRedirectUris: lines(postLogoutRedirectUris),
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
    const { id } = formInput(ApplicationForm, form);
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
      id: formInput(ApplicationForm, form).id,
      actor: { type: "admin", id: admin.id },
      meta: await actionMeta(),
    });
  } catch (error) {
    if (!(error instanceof AppError && error.code === "entity.not_found")) throw error;
  }
  revalidatePath("/console/applications");
  redirect("/console/applications?notice=deleted");
});
