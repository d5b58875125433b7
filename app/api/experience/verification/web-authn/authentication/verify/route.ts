import { flowRoute } from "@/lib/api/route";
import { experienceContracts as c } from "@/lib/experience/contracts";
import { loadActiveFlow } from "@/lib/experience/flow-store";
import { finishWebAuthnAuthentication } from "@/lib/experience/mfa/webauthn";

export const POST = flowRoute(c.finishWebAuthnAuthentication, async ({ input, flowToken, meta }) =>
  finishWebAuthnAuthentication(
    await loadActiveFlow(flowToken),
    input.verificationId,
    input.payload,
    meta,
  ),
);
