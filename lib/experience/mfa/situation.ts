// Gathers what lib/mfa/policy decides on for a flow: the settings, the user's stored factors,
// what this flow verified, bound or skipped, and the level an app asked for when the flow signs
// in to one.

import { interactionRequirement } from "@/lib/assurance/requirement";
import { getDb } from "@/lib/db/client";
import { factorSummaries } from "@/lib/mfa/factor-store";
import type { MfaSituation } from "@/lib/mfa/policy";
import { getSettings } from "@/lib/settings/store";
import { assertExperience } from "../records";
import type { Flow, VerificationRecord } from "../types";

// A passkey that signed in alone was a verified stored WebAuthn credential: both steps at once.
const passkeySignedIn = (r: VerificationRecord) => r.type === "Passkey" && r.verified;

export async function mfaSituation(flow: Flow) {
  const event = assertExperience(flow);
  const { mfa } = await getSettings();
  const user = flow.userId ? await getDb().user.findUnique({ where: { id: flow.userId } }) : null;
  const situation: MfaSituation = {
    event,
    policy: mfa.policy,
    enabled: mfa.factors,
    stored: user ? await factorSummaries(user.id) : [],
    bound: flow.data.bindings.map((b) => b.type),
    verifiedInFlow: flow.data.verifications.some(
      (r) =>
        ("isNew" in r && !r.isNew && r.verified && mfa.factors.includes(r.type)) ||
        passkeySignedIn(r),
    ),
    user: { mfaSkipped: user?.mfaSkipped ?? false, mfaRequired: user?.mfaRequired ?? false },
    skippedInFlow: flow.data.skipped,
    required: await interactionRequirement(flow.data.returnTo),
    passkeyVerified: flow.data.verifications.some(
      (r) => (r.type === "WebAuthn" && !r.isNew && r.verified) || passkeySignedIn(r),
    ),
  };
  return { situation, user };
}
