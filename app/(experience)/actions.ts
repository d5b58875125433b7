"use server";
// Server actions behind the hosted sign-in and registration forms. They parse the form, call the
// flow engine through runFormFlow, set cookies and redirect; errors come back as form state.
import { redirect } from "next/navigation";
import { runFormFlow } from "@/lib/experience/run-form-flow";
import { verifyNewPasswordIdentity } from "@/lib/experience/verify-new-identity";
import { verifyPassword } from "@/lib/experience/verify-password";
import {
  actionMeta,
  flowCookie,
  setFlowCookie,
  startSessionCookie,
} from "@/lib/http/action-context";
import { type ActionState, toActionState } from "@/lib/http/action-state";
import { AppError } from "@/lib/http/errors";
import { guessIdentifier } from "@/lib/users/identifiers";

function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.slice(0, 1024) : "";
}

export async function signInAction(_: ActionState, form: FormData): Promise<ActionState> {
  const values = { identifier: field(form, "identifier"), returnTo: field(form, "returnTo") };
  const password = field(form, "password");
  let returnTo: string;
  try {
    if (!values.identifier.trim()) throw new AppError("user.identifier_required");
    const meta = await actionMeta();
    const done = await runFormFlow({
      flowToken: await flowCookie(),
      event: "SignIn",
      returnTo: values.returnTo,
      meta,
      onNewFlow: setFlowCookie,
      verify: (flow) =>
        verifyPassword(flow, { identifier: guessIdentifier(values.identifier), password, meta }),
    });
    await startSessionCookie(done.sessionToken, done.expiresAt);
    returnTo = done.returnTo;
  } catch (error) {
    return toActionState(error, values);
  }
  redirect(returnTo);
}

export async function registerAction(_: ActionState, form: FormData): Promise<ActionState> {
  const values = { username: field(form, "username"), email: field(form, "email") };
  const password = field(form, "password");
  let returnTo: string;
  try {
    if (!values.username.trim() && !values.email.trim())
      throw new AppError("user.identifier_required");
    const byUsername = values.username.trim() !== "";
    const done = await runFormFlow({
      flowToken: await flowCookie(),
      event: "Register",
      meta: await actionMeta(),
      onNewFlow: setFlowCookie,
      verify: (flow) =>
        verifyNewPasswordIdentity(flow, {
          identifier: byUsername
            ? { type: "username", value: values.username }
            : { type: "email", value: values.email },
          email: byUsername ? values.email : undefined,
          password,
        }),
    });
    await startSessionCookie(done.sessionToken, done.expiresAt);
    returnTo = done.returnTo;
  } catch (error) {
    return toActionState(error, values);
  }
  redirect(returnTo);
}
