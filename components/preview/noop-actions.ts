"use server";
// Stand-ins for the hosted pages' server actions, which the preview's forms need to render. The
// preview page runs no script and may submit no form (its CSP, next.config.ts), so these are
// never reached from it; called directly they read nothing, write nothing and set no cookie.

import type { FormState } from "@/components/experience/form-state";
import type { CodesState } from "@/components/experience/mfa/BackupCodes";
import { SAMPLE } from "@/lib/preview/sample";

export async function noopForm(_state: FormState, _form?: FormData): Promise<FormState> {
  return {};
}

export async function noopVoid(): Promise<void> {}

/** "Generate codes" would show the sample set, as the real page shows a fresh one. */
export async function sampleCodes(_state: CodesState): Promise<CodesState> {
  return { codes: [...SAMPLE.backupCodes], verificationId: "preview" };
}
