"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/current-user";
import { AppError } from "@/lib/core/errors";
import { actionMeta } from "@/lib/http/action-context";
import { type ActionState, refusedState, toActionState } from "@/lib/http/action-state";
import { formInput, formText } from "@/lib/http/form-input";
import { serverAction } from "@/lib/http/server-action";
import { adminCreateUser } from "@/lib/users/admin-create-user";

const CreateUserForm = z.object({
  username: formText(),
  email: formText(),
  name: formText(),
  password: formText(),
});

export const createUserAction = serverAction(
  async (_: ActionState, form: FormData): Promise<ActionState> => {
    const admin = await requireAdmin("/console/users/new");
    const { password, ...values } = formInput(CreateUserForm, form);
    let id: string;
    try {
      const user = await adminCreateUser({
        ...values,
        password,
        actor: { type: "admin", id: admin.id },
        meta: await actionMeta(),
      });
      id = user.id;
    } catch (error) {
      const state = toActionState(error, values);
      // The only input check without a field of its own in the shared table: the name's length.
      if (error instanceof AppError && error.code === "guard.invalid_input" && state.error) {
        state.error = { ...state.error, field: "name", message: "Use at most 128 characters." };
      }
      return state;
    }
    redirect(`/console/users/${id}?notice=created`);
  },
  refusedState,
);
