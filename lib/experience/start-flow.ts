// Starts a sign-in or registration flow.
import { AppError } from "@/lib/core/errors";
import { getSettings } from "@/lib/settings/store";
import { createFlow } from "./flow-store";
import { safeReturnTo } from "./return-to";
import type { FlowEvent } from "./types";

/** Throws session.registration_disabled for a Register flow when registration is off. */
export async function startFlow(event: FlowEvent, returnTo?: string | null) {
  if (event === "Register" && !(await getSettings()).registration.enabled) {
    throw new AppError("session.registration_disabled");
  }
  return createFlow(event, safeReturnTo(returnTo));
}
