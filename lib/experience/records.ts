// Helpers over a flow's verification records.

import { AppError } from "@/lib/core/errors";
import { newId } from "@/lib/crypto/tokens";
import { type FactorType, parseFactorType } from "@/lib/mfa/factors";
import type { Flow, FlowData, FlowEvent, VerificationRecord, VerificationType } from "./types";

type Without<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

/** A second factor's record: a proof of a stored factor, or a new one to bind. */
export type FactorRecord = Extract<VerificationRecord, { type: FactorType }>;

export const isFactorRecord = (r: VerificationRecord): r is FactorRecord =>
  parseFactorType(r.type) !== undefined;

type NewRecord = Without<VerificationRecord, "id" | "createdAt">;

/** A record with its own id and time, for a flow being built. */
export function newRecord<R extends NewRecord>(record: R) {
  return { ...record, id: newId(), createdAt: new Date().toISOString() } as R & VerificationRecord;
}

export function addRecord(flow: Flow, record: NewRecord) {
  const full = newRecord(record);
  const data: FlowData = { ...flow.data, verifications: [...flow.data.verifications, full] };
  return { record: full, data };
}

/** Throws session.verification_not_found when the id is not one of this flow's records. */
export function getRecord<T extends VerificationType>(flow: Flow, id: string, type?: T) {
  const record = flow.data.verifications.find((r) => r.id === id && (!type || r.type === type));
  if (!record) throw new AppError("session.verification_not_found");
  return record as Extract<VerificationRecord, { type: T }>;
}

/** Throws session.wrong_event when the step does not belong to the flow's event. */
export function assertEvent(flow: Flow, event: Flow["event"]) {
  if (flow.event !== event) throw new AppError("session.wrong_event", { expected: event });
}

/** A sign-in or registration flow's event; an account re-verification is neither. */
export function assertExperience(flow: Flow): FlowEvent {
  if (flow.event === "Account") throw new AppError("session.wrong_event");
  return flow.event;
}
