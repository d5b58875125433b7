import { loadActiveFlow } from "@/lib/experience/flow-store";
import { startWebAuthnRegistration } from "@/lib/experience/mfa/webauthn";
import { route } from "@/lib/http/route";

export const POST = route({
  access: "flow",
  handler: async ({ flowToken, meta }) =>
    startWebAuthnRegistration(await loadActiveFlow(flowToken), meta),
});
