// Identification: the flow adopts the user proven by a verification. Switching to another user
// drops every record of the previous one, so no proof carries over between accounts.
import { newId } from "@/lib/crypto/tokens";
import { AppError } from "@/lib/http/errors";
import { assertIdentifiersAvailable } from "@/lib/users/assert-available";
import { saveFlow } from "./flow-store";
import { getRecord } from "./records";
import type { Flow } from "./types";

/** Throws session.verification_not_found, session.wrong_event, user.*_already_in_use. */
export async function identify(flow: Flow, verificationId: string): Promise<Flow> {
  const record = getRecord(flow, verificationId);
  if (flow.event === "SignIn" && record.type === "Password") {
    const verifications = flow.userId === record.userId ? flow.data.verifications : [record];
    return saveFlow(flow, {
      userId: record.userId,
      data: { ...flow.data, verifications, identifiedBy: record.id },
    });
  }
  if (flow.event === "Register" && record.type === "NewPasswordIdentity") {
    await assertIdentifiersAvailable(record);
    const newUserId = flow.data.newUserId ?? newId();
    return saveFlow(flow, { data: { ...flow.data, identifiedBy: record.id, newUserId } });
  }
  throw new AppError("session.wrong_event", { verificationType: record.type });
}
