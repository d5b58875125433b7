"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { actionMeta } from "@/lib/http/action-context";
import { type ActionState, refusedState, toActionState } from "@/lib/http/action-state";
import { formInput, formText } from "@/lib/http/form-input";
import { serverAction } from "@/lib/http/server-action";
import { completeSetup } from "@/lib/setup/complete-setup";

const SetupForm = z.object({
  token: formText(),
  username: formText(),
  email: formText(),
  password: formText(),
});

export const setupAction = serverAction(
  async (_: ActionState, form: FormData): Promise<ActionState> => {
    const { token, password, ...values } = formInput(SetupForm, form);
    let username: string;
    try {
      const admin = await completeSetup({
        token,
        username: values.username,
        email: values.email,
        password,
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
