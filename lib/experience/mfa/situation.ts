// Gathers what lib/mfa/policy decides on for a flow: the settings, the user's stored factors,
// what this flow verified, bound or skipped, and the level an app asked for when the flow signs
// in to one. A remembered device counts only while the setting is on and its row is still live.

import { interactionRequirement } from "@/lib/assurance/requirement";
import { direct } from "@/lib/db/client";
import { factorSummaries } from "@/lib/mfa/factor-store";
import type { MfaSituation } from "@/lib/mfa/policy";
import { getSettings } from "@/lib/settings/store";
import { isLiveDevice } from "@/lib/trusted-devices/recognize-device";
import { assertExperience } from "../records";
import type { Flow, VerificationRecord } from "../types";

// A passkey that signed in alone was a verified stored WebAuthn credential: both steps at once.
const passkeySignedIn = (r: VerificationRecord) => r.type === "Passkey" && r.verified;

type SituationUser = {
  id: string;
  username: string | null;
  primaryEmail: string | null;
  mfaSkipped: boolean;
  mfaRequired: boolean;
};

/** Only the columns the policy and the pages use, raw on the direct connection (every step). */
async function situationUser(userId: string): Promise<SituationUser | null> {
  const [user] = await direct().$queryRaw<SituationUser[]>`
    SELECT "id", "username", "primaryEmail", "mfaSkipped", "mfaRequired" FROM "User"
    WHERE "id" = ${userId}`;
  return user ?? null;
}

export async function mfaSituation(flow: Flow) {
  const event = assertExperience(flow);
  const { mfa, trustedDevice } = await getSettings();
  // Both reads at once.
  const [user, stored] = flow.userId
    ? await Promise.all([situationUser(flow.userId), factorSummaries(flow.userId)])
    : [null, []];
  const situation: MfaSituation = {
    event,
    policy: mfa.policy,
    enabled: mfa.factors,
    stored,
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
    trustedDevice: trustedDevice.enabled && user ? await presentedDevice(flow, user.id) : false,
  };
  return { situation, user };
}

async function presentedDevice(flow: Flow, userId: string): Promise<boolean> {
  const record = flow.data.verifications.find((r) => r.type === "TrustedDevice");
  return record?.type === "TrustedDevice" && isLiveDevice(userId, record.deviceId);
}
