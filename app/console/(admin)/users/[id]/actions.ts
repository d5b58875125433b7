"use server";
// The user details page's forms. Each re-checks the admin role, calls one domain operation with
// the admin as actor (each writes its audit event), then redirects back with a notice.
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/current-user";
import { AppError } from "@/lib/core/errors";
import { actionMeta } from "@/lib/http/action-context";
import { formCheckbox, formInput, formText } from "@/lib/http/form-input";
import { serverAction } from "@/lib/http/server-action";
import { revokeAllSessions } from "@/lib/sessions/revoke-all";
import { deleteUser } from "@/lib/users/delete-user";
import { getUser } from "@/lib/users/get-user";
import {
  removeFactor,
  resetMfa,
  unlockSignIn,
  updateUserMfaSettings,
} from "@/lib/users/mfa/manage-factors";

// Every form on the page names its user; each action reads the fields it needs.
const UserForm = z.object({
  userId: formText(256),
  factorId: formText(256),
  required: formCheckbox(),
  confirmation: formText(256),
});

function userPage(userId: string, query: Record<string, string>, hash = ""): string {
  return `/console/users/${encodeURIComponent(userId)}?${new URLSearchParams(query)}${hash}`;
}

/** The admin (role re-checked first), the target user id, and the audit context. */
async function adminContext(form: FormData) {
  const admin = await requireAdmin("/console/users");
  return {
    userId: formInput(UserForm, form).userId,
    actor: { type: "admin" as const, id: admin.id },
    meta: await actionMeta(),
  };
}

/** Runs the operation; true when it answered entity.not_found (the user or factor is gone). */
async function notFound(run: () => Promise<unknown>): Promise<boolean> {
  try {
    await run();
    return false;
  } catch (error) {
    if (error instanceof AppError && error.code === "entity.not_found") return true;
    throw error;
  }
}

const USER_GONE = "/console/users?notice=missing";

export const removeFactorAction = serverAction(async (form: FormData): Promise<void> => {
  const context = await adminContext(form);
  const { factorId } = formInput(UserForm, form);
  const gone = await notFound(() => removeFactor({ ...context, factorId }));
  // A factor removed meanwhile (another tab, another admin) is reported on the user's page.
  redirect(
    userPage(context.userId, { notice: gone ? "factor-missing" : "factor-removed" }, "#mfa"),
  );
});

export const resetMfaAction = serverAction(async (form: FormData): Promise<void> => {
  const context = await adminContext(form);
  if (await notFound(() => resetMfa(context))) redirect(USER_GONE);
  redirect(userPage(context.userId, { notice: "mfa-reset" }, "#mfa"));
});

export const unlockSignInAction = serverAction(async (form: FormData): Promise<void> => {
  const context = await adminContext(form);
  if (await notFound(() => unlockSignIn(context))) redirect(USER_GONE);
  redirect(userPage(context.userId, { notice: "unlocked" }, "#mfa"));
});

export const setMfaRequiredAction = serverAction(async (form: FormData): Promise<void> => {
  const context = await adminContext(form);
  const { required } = formInput(UserForm, form);
  if (await notFound(() => updateUserMfaSettings({ ...context, required }))) redirect(USER_GONE);
  redirect(
    userPage(context.userId, { notice: required ? "mfa-required" : "mfa-optional" }, "#mfa"),
  );
});

export const signOutEverywhereAction = serverAction(async (form: FormData): Promise<void> => {
  const context = await adminContext(form);
  let count = 0;
  const gone = await notFound(async () => {
    count = await revokeAllSessions(context);
  });
  if (gone) redirect(USER_GONE);
  redirect(userPage(context.userId, { notice: "signed-out", count: String(count) }, "#sessions"));
});

export const deleteUserAction = serverAction(async (form: FormData): Promise<void> => {
  const context = await adminContext(form);
  const user = await getUser(context.userId);
  if (!user) redirect(USER_GONE);
  // The admin types the username (or the email when there is none) to confirm.
  const expected = user.username ?? user.primaryEmail ?? user.id;
  const { confirmation } = formInput(UserForm, form);
  if (confirmation.trim().toLowerCase() !== expected.toLowerCase()) {
    redirect(userPage(user.id, { confirm: "delete", error: "mismatch" }, "#danger-zone"));
  }
  let self = false;
  const gone = await notFound(async () => {
    try {
      await deleteUser(context);
    } catch (error) {
      if (!(error instanceof AppError && error.code === "auth.forbidden")) throw error;
      self = true;
    }
  });
  if (gone) redirect(USER_GONE);
  if (self) redirect(userPage(user.id, { error: "self-delete" }, "#danger-zone"));
  redirect("/console/users?notice=deleted");
});
