// Identification: the flow adopts the user proven by a verification. Switching to another user
// drops every record of the previous one, so no proof carries over between accounts. The flow
// gets a new token each time (the caller must hand it to the browser): whoever held the token
// before the user proved who they are cannot follow the flow past this point. A remembered
// device this browser holds for the user is recorded here (lib/experience/mfa/situation.ts
// decides what it is worth).

import { AppError } from "@/lib/core/errors";
import type { RequestMeta } from "@/lib/core/request-meta";
import { newId } from "@/lib/crypto/tokens";
import { getSettings } from "@/lib/settings/store";
import { recognizeDevice } from "@/lib/trusted-devices/recognize-device";
import { assertIdentifiersAvailable } from "@/lib/users/assert-available";
import { saveFlowWithNewToken } from "./flow-store";
import { getRecord, newRecord } from "./records";
import type { Flow, VerificationRecord } from "./types";

export type Identified = { flow: Flow; token: string };

export type IdentifyOptions = {
  /** The browser's device cookie for a user (its name is per user), if it sent one. */
  deviceToken?: (userId: string) => string | undefined;
  meta?: RequestMeta;
};

/** Throws session.verification_not_found, session.wrong_event, user.*_already_in_use. */
export async function identify(
  flow: Flow,
  verificationId: string,
  options: IdentifyOptions = {},
): Promise<Identified> {
  const record = getRecord(flow, verificationId);
  if (flow.event === "SignIn" && record.type === "Password") {
    const kept = flow.userId === record.userId ? flow.data.verifications : [record];
    const verifications = [
      ...kept.filter((r) => r.type !== "TrustedDevice"),
      ...(await deviceRecord(record.userId, options)),
    ];
    return saveFlowWithNewToken(flow, {
      userId: record.userId,
      data: { ...flow.data, verifications, identifiedBy: record.id },
    });
  }
  if (flow.event === "Register" && record.type === "NewPasswordIdentity") {
    await assertIdentifiersAvailable(record);
    const newUserId = flow.data.newUserId ?? newId();
    return saveFlowWithNewToken(flow, {
      data: { ...flow.data, identifiedBy: record.id, newUserId },
    });
  }
  throw new AppError("session.wrong_event", { verificationType: record.type });
}

/** The remembered-device record for the user, when the setting is on and the cookie is theirs. */
async function deviceRecord(
  userId: string,
  options: IdentifyOptions,
): Promise<VerificationRecord[]> {
  const token = options.deviceToken?.(userId);
  if (!token || !(await getSettings()).trustedDevice.enabled) return [];
  const deviceId = await recognizeDevice(
    userId,
    token,
    options.meta ?? { ip: null, userAgent: null },
  );
  return deviceId ? [newRecord({ type: "TrustedDevice", deviceId })] : [];
}
