"use server";
import { AppError } from "@/lib/core/errors";
// Server actions behind the hosted sign-in and registration forms. They parse the form and run
// the flow engine through runFormFlow; settle() sets cookies and redirects, or returns the error.
import { runFormFlow } from "@/lib/experience/run-form-flow";
import { verifyNewPasswordIdentity } from "@/lib/experience/verify-new-identity";
import { verifyPassword } from "@/lib/experience/verify-password";
import {
  actionMeta,
  flowCookie,
  setFlowCookie,
  trustedDeviceCookies,
} from "@/lib/http/action-context";
import { type ActionState, refusedState } from "@/lib/http/action-state";
import { formInput } from "@/lib/http/form-input";
import { serverAction } from "@/lib/http/server-action";
import { guessIdentifier } from "@/lib/users/identifiers";
import { RegisterForm, SignInForm } from "./form-schemas";
import { settle } from "./settle";

export const signInAction = serverAction(
  async (_: ActionState, form: FormData): Promise<ActionState> => {
    const { password, ...values } = formInput(SignInForm, form);
    return settle(async () => {
      if (!values.identifier.trim()) throw new AppError("user.identifier_required");
      const meta = await actionMeta();
      return runFormFlow({
        flowToken: await flowCookie(),
        event: "SignIn",
        returnTo: values.returnTo,
        meta,
        onNewFlow: setFlowCookie,
        deviceToken: await trustedDeviceCookies(),
        verify: (flow) =>
          verifyPassword(flow, { identifier: guessIdentifier(values.identifier), password, meta }),
      });
    }, values);
  },
  refusedState,
);

export const registerAction = serverAction(
  async (_: ActionState, form: FormData): Promise<ActionState> => {
    const { password, ...values } = formInput(RegisterForm, form);
    return settle(async () => {
      if (!values.username.trim() && !values.email.trim()) {
        throw new AppError("user.identifier_required");
      }
      const byUsername = values.username.trim() !== "";
      const meta = await actionMeta();
      return runFormFlow({
        flowToken: await flowCookie(),
        event: "Register",
        meta,
        onNewFlow: setFlowCookie,
        verify: (flow) =>
          verifyNewPasswordIdentity(flow, {
            identifier: byUsername
              ? { type: "username", value: values.username }
              : { type: "email", value: values.email },
            email: byUsername ? values.email : undefined,
            password,
            meta,
          }),
      });
    }, values);
  },
  refusedState,
);
