// The state a hosted form's server action returns (mirrors lib/http/action-state without
// importing server code into client bundles).
export type FormState = {
  error?: { code: string; message: string; field?: string; data?: Record<string, unknown> };
  values?: Record<string, string>;
};

export type FormAction = (state: FormState, form: FormData) => Promise<FormState>;

/** The error to show under a field, if the action blamed that field. */
export function fieldError(state: FormState, field: string): string | undefined {
  return state.error?.field === field ? state.error.message : undefined;
}

/** The error to show above the form when no single field is to blame. */
export function formError(state: FormState): string | undefined {
  return state.error && !state.error.field ? state.error.message : undefined;
}
