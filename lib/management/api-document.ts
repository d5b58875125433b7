// The product's API document (/api/openapi.json and the console's reference): the Management API,
// the account API, the sign-in flow API and the console's audit-log export, from their contracts.
import { accountContracts } from "@/lib/account/contracts";
import { openApiDocument } from "@/lib/api/openapi";
import { auditLogContracts } from "@/lib/audit-log/contracts";
import { getConfig } from "@/lib/config";
import { experienceContracts } from "@/lib/experience/contracts";
import { flowCookieName, sessionCookieName } from "@/lib/http/cookies";
import { contracts } from "./contracts";

/** Every contract the document covers, by operation id. */
export const apiContracts = {
  ...contracts,
  ...accountContracts,
  ...experienceContracts,
  ...auditLogContracts,
};

export function apiDocument() {
  return openApiDocument({
    contracts: apiContracts,
    serverUrl: getConfig().origin,
    sessionCookie: sessionCookieName(),
    flowCookie: flowCookieName(),
  });
}
