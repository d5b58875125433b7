// Stand-ins for the hosted pages' server actions: plain client functions, so a form in the
// preview never posts, never reaches /api/experience, never writes and never sets a cookie.

import type { FormState } from "@/components/experience/form-state";
import type { CodesState } from "@/components/experience/mfa/BackupCodes";
import { SAMPLE } from "@/lib/preview/sample";

export async function noopForm(_state: FormState, _form?: FormData): Promise<FormState> {
  return {};
}

export async function noopVoid(): Promise<void> {}

/** "Generate codes" shows the sample set, as the real page shows a fresh one. */
export async function sampleCodes(_state: CodesState): Promise<CodesState> {
  return { codes: [...SAMPLE.backupCodes], verificationId: "preview" };
}
