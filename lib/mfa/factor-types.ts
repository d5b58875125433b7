// Factor type and policy names, as Logto spells them so its users and scripts recognise them.
// The factor types themselves come from the registry (lib/mfa/factors), the policies from
// lib/mfa/policies.
import { z } from "zod";
import { FACTOR_TYPES } from "./factors";
import { MFA_POLICIES } from "./policies";

export type { FactorType } from "./factors";
export type { MfaPolicy } from "./policies";

// Here rather than beside the registry, which client components import: they need no zod.
export const FactorTypeSchema = z.enum(FACTOR_TYPES);

export const MfaPolicySchema = z.enum(MFA_POLICIES);
