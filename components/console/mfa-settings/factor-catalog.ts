// The factor registry as the MFA settings form needs it (see FactorCatalog): built on the
// server, and passed to the client form as a prop so the registry stays out of its bundle.
import { AUTHENTICATOR_TYPES, FACTOR_TYPES } from "@/lib/mfa/factors";
import type { FactorCatalog } from "./form-model";

export const FACTOR_CATALOG: FactorCatalog = {
  types: FACTOR_TYPES,
  authenticators: AUTHENTICATOR_TYPES,
};
