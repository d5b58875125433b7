// What the hosted MFA pages need to render, read from the flow without changing it.

import { AppError } from "@/lib/core/errors";
import { decryptSecret } from "@/lib/crypto/aes-gcm";
import type { FactorType } from "@/lib/mfa/factor-types";
import { FACTORS, isAuthenticator } from "@/lib/mfa/factors";
import { enrollmentFor } from "@/lib/mfa/factors/totp/issue";
import {
  isMandatory,
  type MfaStep,
  nextMfaStep,
  usableFactors,
  verificationOrder,
} from "@/lib/mfa/policy";
import { describeDevice } from "@/lib/mfa/user-agent";
import { getSettings } from "@/lib/settings/store";
import { loadActiveFlow } from "../flow-store";
import { getRecord } from "../records";
import type { Flow } from "../types";
import { attemptsLeft } from "./attempts";
import { mfaSituation } from "./situation";

export type MfaPageState = {
  flow: Flow;
  account: string;
  step: MfaStep | null;
  /** Factor types the user can verify with now, in the order to offer them. */
  verifiable: FactorType[];
  /** Factor types the user can add now (enabled, non-backup, not already held). */
  enrollable: FactorType[];
  canSkip: boolean;
  backupCodesEnabled: boolean;
  /** Days "Don't ask again on this device" lasts; null while the setting is off. */
  rememberDays: number | null;
  /** Wrong second factors this sign-in still allows before it must start again. */
  attemptsLeft: number;
};

/** Null when there is no live, identified flow (the page sends the browser to sign in). */
export async function mfaPageState(flowToken: string | undefined): Promise<MfaPageState | null> {
  let flow: Flow;
  try {
    flow = await loadActiveFlow(flowToken);
  } catch (error) {
    if (error instanceof AppError) return null;
    throw error;
  }
  if (!flow.data.identifiedBy) return null;
  const { situation, user } = await mfaSituation(flow);
  const { stored, enabled } = situation;
  const identity =
    flow.event === "Register"
      ? getRecord(flow, flow.data.identifiedBy, "NewPasswordIdentity")
      : null;
  const held = new Set([...stored.map((f) => f.type), ...situation.bound]);
  const step = nextMfaStep(situation);
  // What the step offers wins: an app asking for phr narrows both lists to passkeys.
  const offered = step && "availableFactors" in step ? step.availableFactors : null;
  const enrolling = step?.code === "user.missing_mfa" || step?.code === "user.suggest_mfa";
  const verifying = step?.code === "session.mfa.require_mfa_verification";
  const { trustedDevice } = await getSettings();
  return {
    flow,
    account:
      user?.primaryEmail ?? user?.username ?? identity?.primaryEmail ?? identity?.username ?? "",
    step,
    verifiable: verifying && offered ? offered : verificationOrder(usableFactors(stored, enabled)),
    enrollable: (enrolling && offered ? offered : enabled).filter(
      (t) => isAuthenticator(t) && (FACTORS[t].cardinality === "many" || !held.has(t)),
    ),
    canSkip: !isMandatory(situation),
    backupCodesEnabled: enabled.includes("BackupCode"),
    rememberDays: trustedDevice.enabled ? trustedDevice.days : null,
    attemptsLeft: attemptsLeft(flow),
  };
}

/** The QR code and key of a TOTP secret issued in this flow. */
export async function totpSetupState(state: MfaPageState, verificationId: string) {
  const record = getRecord(state.flow, verificationId, "Totp");
  if (!record.isNew || !record.secret) return null;
  const { secret, otpauthUri, secretQrCode } = await enrollmentFor(
    decryptSecret(record.secret),
    state.account,
    (await getSettings()).branding.productName,
  );
  return { secret, uri: otpauthUri, qrCode: secretQrCode };
}

/** The default name of a passkey created in this flow. */
export function passkeyDefaultName(state: MfaPageState, verificationId: string): string | null {
  const record = getRecord(state.flow, verificationId, "WebAuthn");
  if (!record.isNew || !record.verified) return null;
  return record.name ?? describeDevice(record.agent ?? null);
}
