// Identification: the flow adopts the user proven by a verification. Switching to another user
// drops every record of the previous one, so no proof carries over between accounts. The flow
// gets a new token each time (the caller must hand it to the browser): whoever held the token
// before the user proved who they are cannot follow the flow past this point.

import { AppError } from "@/lib/core/errors";
import { newId } from "@/lib/crypto/tokens";
import { assertIdentifiersAvailable } from "@/lib/users/assert-available";
import { saveFlowWithNewToken } from "./flow-store";
import { getRecord } from "./records";
import type { Flow } from "./types";

export type Identified = { flow: Flow; token: string };

/** Throws session.verification_not_found, session.wrong_event, user.*_already_in_use. */
export async function identify(flow: Flow, verificationId: string): Promise<Identified> {
  const record = getRecord(flow, verificationId);
  if (flow.event === "SignIn" && record.type === "Password") {
    const verifications = flow.userId === record.userId ? flow.data.verifications : [record];
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
