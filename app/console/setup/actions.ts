"use server";
import { redirect } from "next/navigation";
import { actionMeta } from "@/lib/http/action-context";
import { type ActionState, refusedState, toActionState } from "@/lib/http/action-state";
import { serverAction } from "@/lib/http/server-action";
import { completeSetup } from "@/lib/setup/complete-setup";

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.slice(0, 1024) : "";
}

export const setupAction = serverAction(
  async (_: ActionState, form: FormData): Promise<ActionState> => {
    const values = { username: text(form, "username"), email: text(form, "email") };
    let username: string;
    try {
      const admin = await completeSetup({
        token: text(form, "token"),
        username: values.username,
        email: values.email,
        password: text(form, "password"),
        meta: await actionMeta(),
      });
      username = admin.username ?? values.username;
    } catch (error) {
      return toActionState(error, values);
    }
    redirect(`/sign-in?setup=done&returnTo=%2Fconsole&username=${encodeURIComponent(username)}`);
  },
  refusedState,
);
