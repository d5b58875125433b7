// The MFA submit rule: asks lib/mfa/policy for the next step and refuses submit with its code
// (and the factors on offer in `data.availableFactors`) until there is none.
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/http/errors";
import { factorSummaries } from "@/lib/mfa/factor-store";
import { nextMfaStep } from "@/lib/mfa/policy";
import { getSettings } from "@/lib/settings/store";
import type { Flow } from "../types";

export async function mfaSubmitRule(flow: Flow): Promise<void> {
  const { mfa } = await getSettings();
  const user = flow.userId ? await getDb().user.findUnique({ where: { id: flow.userId } }) : null;
  const step = nextMfaStep({
    event: flow.event,
    policy: mfa.policy,
    enabled: mfa.factors,
    stored: user ? await factorSummaries(user.id) : [],
    bound: flow.data.bindings.map((b) => b.type),
    verifiedInFlow: flow.data.verifications.some(
      (r) => "isNew" in r && !r.isNew && r.verified && mfa.factors.includes(r.type),
    ),
    user: { mfaSkipped: user?.mfaSkipped ?? false, mfaRequired: user?.mfaRequired ?? false },
    skippedInFlow: flow.data.skipped,
  });
  if (!step) return;
  const { code, ...data } = step;
  throw new AppError(code, Object.keys(data).length ? data : undefined);
}
