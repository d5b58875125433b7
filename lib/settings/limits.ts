// The bounds of the sign-in experience's numbers, as plain data: the settings schemas
// (schemas.ts) are built from them, and the console form reads them without shipping zod.

export type Bounds = { readonly min: number; readonly max: number };

export const SETTINGS_LIMITS = {
  /** Failed second-factor attempts per user and factor type in a rolling hour. */
  maxAttempts: { min: 1, max: 100 },
  /** Minutes a factor type stays locked once the attempts run out. */
  lockoutDuration: { min: 1, max: 24 * 60 },
  /** Days a remembered device skips the second factor. */
  rememberDays: { min: 1, max: 365 },
} as const satisfies Record<string, Bounds>;
