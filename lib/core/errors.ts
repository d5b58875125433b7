// The one error type of the product: a stable code, its HTTP status from one table, optional
// data for the UI. Pages and clients branch on `code`, never on `message`.
const STATUS = {
  "guard.invalid_input": 400,
  "guard.payload_too_large": 413,
  "guard.too_many_requests": 429,
  "guard.not_found": 404,
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
  "sign_in_experiences.backup_code_cannot_be_enabled_alone": 400,
  "session.mfa.require_mfa_verification": 403,
  "user.missing_mfa": 422,
  "user.suggest_mfa": 422,
  "session.mfa.mfa_policy_not_user_controlled": 422,
  "session.mfa.backup_code_required": 422,
  "session.mfa.backup_code_can_not_be_alone": 422,
  "session.mfa.invalid_totp_code": 400,
  "session.mfa.invalid_backup_code": 400,
  "session.mfa.webauthn_verification_failed": 400,
  "session.passkey_sign_in_disabled": 400,
  "session.mfa.factor_not_enabled": 400,
  "session.mfa.too_many_attempts": 400,
  "session.mfa.verification_not_verified": 400,
  "session.mfa.trusted_device_not_allowed": 400,
  "user.totp_already_in_use": 422,
  "user.backup_code_already_in_use": 422,
  "user.passkey_already_in_use": 422,
  "user.totp_secret_invalid": 422,
  "user.wrong_backup_code_format": 422,
  "account.reverification_required": 403,
  "account.invalid_password": 422,
  "account.last_factor_required": 422,
  "application.no_secret": 400,
  "setup.token_invalid": 400,
  "setup.admin_exists": 409,
  "service.database_unavailable": 503,
  unknown: 500,
} as const;

export type ErrorCode = keyof typeof STATUS;

const MESSAGES: Partial<Record<ErrorCode, string>> = {
  "guard.invalid_input": "The request body is not valid.",
  "guard.payload_too_large": "The request body is larger than 64 KiB.",
  "guard.too_many_requests": "Too many requests. Try again later.",
  "guard.not_found": "There is no API endpoint at this path.",
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
  "sign_in_experiences.backup_code_cannot_be_enabled_alone":
    "Backup codes need another factor: turn on an authenticator app or passkeys too.",
  "session.mfa.require_mfa_verification": "Verify your identity with your second factor.",
  "user.missing_mfa": "Set up 2-step verification to continue.",
  "user.suggest_mfa": "Add 2-step verification to protect your account.",
  "session.mfa.mfa_policy_not_user_controlled":
    "2-step verification is required here and cannot be skipped.",
  "session.mfa.backup_code_required": "Save a set of backup codes to continue.",
  "session.mfa.backup_code_can_not_be_alone": "Backup codes cannot be your only second factor.",
  "session.mfa.invalid_totp_code":
    "That code is not valid. Check your authenticator app and try again.",
  "session.mfa.invalid_backup_code": "That backup code is not valid or was already used.",
  "session.mfa.webauthn_verification_failed": "The passkey could not be verified.",
  "session.mfa.factor_not_enabled": "This verification method is not available.",
  "session.passkey_sign_in_disabled": "Signing in with a passkey is not available here.",
  "session.mfa.too_many_attempts": "Too many failed attempts in this sign-in. Start again.",
  "session.mfa.verification_not_verified": "Finish verifying this factor first.",
  "session.mfa.trusted_device_not_allowed":
    "This device can be remembered only after an authenticator app or passkey, when allowed.",
  "user.totp_already_in_use": "An authenticator app is already set up for this account.",
  "user.backup_code_already_in_use": "This account already has unused backup codes.",
  "user.passkey_already_in_use":
    "This passkey is already registered to an account. Create a new passkey or choose another method.",
  "user.totp_secret_invalid": "The TOTP secret must be base32 (A–Z, 2–7), 16 to 32 characters.",
  "user.wrong_backup_code_format":
    "Backup codes are 10 characters from a–z and 2–9 (no i, l, o), like abcde-fghjk.",
  "account.reverification_required":
    "Confirm it's you: verify your password (and a 2-step verification method) again.",
  "account.invalid_password": "That password is incorrect.",
  "account.last_factor_required":
    "2-step verification is required for your account: add another method before removing this one.",
  "application.no_secret": "Only Traditional apps have a client secret.",
  "setup.token_invalid": "This setup link is invalid or was already used.",
  "setup.admin_exists": "An administrator already exists.",
  "service.database_unavailable":
    "Twofold cannot reach its database right now. Try again in a moment.",
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

/** Whether `error` is an AppError with one of `codes`: callers catch only what they expect. */
export function hasCode(error: unknown, codes: readonly ErrorCode[]): error is AppError {
  return error instanceof AppError && codes.includes(error.code);
}

/** The message for a code from outside (a URL, an API answer); inherited keys are not codes. */
export function errorMessage(code: string): string {
  const known = Object.hasOwn(MESSAGES, code) ? MESSAGES[code as ErrorCode] : undefined;
  return known ?? MESSAGES.unknown ?? code;
}

export function statusOf(code: ErrorCode): number {
  return STATUS[code];
}
