import { flowRoute } from "@/lib/api/route";
import { experienceContracts as c } from "@/lib/experience/contracts";
import { loadActiveFlow } from "@/lib/experience/flow-store";
import { startWebAuthnRegistration } from "@/lib/experience/mfa/webauthn";

export const POST = flowRoute(c.startWebAuthnRegistration, async ({ flowToken, meta }) =>
  startWebAuthnRegistration(await loadActiveFlow(flowToken), meta),
);
