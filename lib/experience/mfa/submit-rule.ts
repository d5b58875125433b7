// The MFA submit rule: asks lib/mfa/policy for the next step and refuses submit with its code
// (and the factors on offer in `data.availableFactors`) until there is none.
import { AppError } from "@/lib/core/errors";
import { nextMfaStep } from "@/lib/mfa/policy";
import type { Flow } from "../types";
import { mfaSituation } from "./situation";

export async function mfaSubmitRule(flow: Flow): Promise<void> {
  const step = nextMfaStep((await mfaSituation(flow)).situation);
  if (!step) return;
  const { code, ...data } = step;
  throw new AppError(code, Object.keys(data).length ? data : undefined);
}
