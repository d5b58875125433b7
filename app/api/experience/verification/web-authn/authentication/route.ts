import { flowRoute } from "@/lib/api/route";
import { experienceContracts as c } from "@/lib/experience/contracts";
import { loadActiveFlow } from "@/lib/experience/flow-store";
import { startWebAuthnAuthentication } from "@/lib/experience/mfa/webauthn";

export const POST = flowRoute(c.startWebAuthnAuthentication, async ({ flowToken }) =>
  startWebAuthnAuthentication(await loadActiveFlow(flowToken)),
);
