import { flowRoute } from "@/lib/api/route";
import { experienceContracts as c } from "@/lib/experience/contracts";
import { loadActiveFlow } from "@/lib/experience/flow-store";
import { finishWebAuthnRegistration } from "@/lib/experience/mfa/webauthn";

export const POST = flowRoute(c.finishWebAuthnRegistration, async ({ input, flowToken, meta }) =>
  finishWebAuthnRegistration(
    await loadActiveFlow(flowToken),
    input.verificationId,
    input.payload,
    meta,
  ),
);
