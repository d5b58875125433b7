// What a hosted page's server action returns to its form: an error code (the UI branches on
// it), its message, the field it belongs to, and the values to refill (never passwords).
import { AppError, errorMessage } from "@/lib/core/errors";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";

export type ActionState = {
  error?: { code: string; message: string; field?: string; data?: Record<string, unknown> };
  values?: Record<string, string>;
};

const FIELD_OF: Record<string, string> = {
  "user.invalid_username": "username",
  "user.username_already_in_use": "username",
  "user.invalid_email": "email",
  "user.email_already_in_use": "email",
  "user.identifier_required": "identifier",
  "password.too_short": "password",
  "password.too_long": "password",
  "password.too_common": "password",
  "password.contains_username": "password",
};

/** Turns a thrown error into form state; unexpected errors are logged and shown generically. */
export function toActionState(error: unknown, values: Record<string, string>): ActionState {
  if (!(error instanceof AppError) && isDatabaseUnavailable(error)) {
    return toActionState(new AppError("service.database_unavailable"), values);
  }
  if (error instanceof AppError) {
    return {
      error: {
        code: error.code,
        message: error.message,
        field: FIELD_OF[error.code],
        data: error.data,
      },
      values,
    };
  }
  console.error("Unhandled error in server action", error);
  return { error: { code: "unknown", message: errorMessage("unknown") }, values };
}

/** What a form built on ActionState shows when serverAction() refused the request. */
export function refusedState(error: AppError): ActionState {
  return toActionState(error, {});
}
