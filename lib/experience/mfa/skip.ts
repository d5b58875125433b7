// Skipping the enrollment prompt: remembered for the user when the flow completes; refused when
// MFA is mandatory for them.

import { AppError } from "@/lib/core/errors";
import { getDb } from "@/lib/db/client";
import { getSettings } from "@/lib/settings/store";
import { saveFlow } from "../flow-store";
import type { Flow } from "../types";
import { flowSubject } from "./guard";

/** Throws session.mfa.mfa_policy_not_user_controlled. */
export async function skipMfa(flow: Flow): Promise<void> {
  const { userId } = flowSubject(flow);
  const { mfa } = await getSettings();
  const required = userId
    ? (await getDb().user.findUnique({ where: { id: userId } }))?.mfaRequired
    : false;
  if (mfa.policy === "Mandatory" || required)
    throw new AppError("session.mfa.mfa_policy_not_user_controlled");
  await saveFlow(flow, { data: { ...flow.data, skipped: true } });
}
