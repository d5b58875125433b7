// The one error type of the product: a stable code, its HTTP status from one table, optional
// data for the UI. Pages and clients branch on `code`, never on `message`.
const STATUS = {
  "guard.invalid_input": 400,
  "guard.payload_too_large": 413,
  "guard.unsupported_media_type": 415,
  "guard.too_many_requests": 429,
  "request.origin_not_allowed": 403,
  "auth.unauthorized": 401,
  "auth.forbidden": 403,
  "entity.not_found": 404,
  "session.not_found": 404,
  "session.expired": 410,
  "session.already_completed": 409,
  "session.conflict": 409,
  "session.verification_not_found": 404,
  "session.invalid_credentials": 422,
  "session.identifier_not_verified": 400,
  "session.wrong_event": 400,
  "session.registration_disabled": 403,
  "session.verification_blocked_too_many_attempts": 400,
  "user.username_already_in_use": 422,
  "user.email_already_in_use": 422,
  "user.invalid_username": 422,
  "user.invalid_email": 422,
  "user.identifier_required": 422,
  "password.too_short": 422,
  "password.too_long": 422,
  "password.too_common": 422,
  "password.contains_username": 422,
  "setup.token_invalid": 400,
  "setup.admin_exists": 409,
  unknown: 500,
} as const;

export type ErrorCode = keyof typeof STATUS;

const MESSAGES: Partial<Record<ErrorCode, string>> = {
  "guard.invalid_input": "The request body is not valid.",
  "guard.payload_too_large": "The request body is larger than 64 KiB.",
  "guard.too_many_requests": "Too many requests. Try again later.",
  "request.origin_not_allowed": "This request must come from the Twofold site itself.",
  "auth.unauthorized": "Sign in to continue.",
  "auth.forbidden": "You do not have access to this.",
  "entity.not_found": "Not found.",
  "session.not_found": "This sign-in session was not found. Start again.",
  "session.expired": "This sign-in session expired. Start again.",
  "session.already_completed": "This sign-in session is already complete.",
  "session.conflict": "This sign-in session changed in another tab. Try again.",
  "session.verification_not_found": "That verification was not found in this session.",
  "session.invalid_credentials": "The username, email or password is incorrect.",
  "session.identifier_not_verified": "Verify your identity first.",
  "session.wrong_event": "This step does not belong to this kind of session.",
  "session.registration_disabled": "Registration is turned off.",
  "session.verification_blocked_too_many_attempts": "Too many failed attempts. Try again later.",
  "user.username_already_in_use": "This username is already taken.",
  "user.email_already_in_use": "This email is already registered.",
  "user.invalid_username":
    "Usernames are 3–32 characters: letters, digits, dot, hyphen or underscore.",
  "user.invalid_email": "Enter a valid email address.",
  "user.identifier_required": "Enter a username or an email.",
  "password.too_short": "Use at least 8 characters.",
  "password.too_long": "Use at most 256 characters.",
  "password.too_common": "This password is too common. Choose something less guessable.",
  "password.contains_username": "The password must not contain your username.",
  "setup.token_invalid": "This setup link is invalid or was already used.",
  "setup.admin_exists": "An administrator already exists.",
  unknown: "Something went wrong on our side.",
};

export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly data?: Record<string, unknown>,
    message?: string,
  ) {
    super(message ?? MESSAGES[code] ?? code);
    this.name = "AppError";
    this.status = STATUS[code];
  }

  toJSON() {
    return { code: this.code, message: this.message, ...(this.data ? { data: this.data } : {}) };
  }
}

export function errorMessage(code: string): string {
  return MESSAGES[code as ErrorCode] ?? MESSAGES.unknown ?? code;
}

export function statusOf(code: ErrorCode): number {
  return STATUS[code];
}
