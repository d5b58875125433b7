import { loadActiveFlow } from "@/lib/experience/flow-store";
import { startWebAuthnAuthentication } from "@/lib/experience/mfa/webauthn";
import { route } from "@/lib/http/route";

export const POST = route({
  access: "flow",
  handler: async ({ flowToken }) => startWebAuthnAuthentication(await loadActiveFlow(flowToken)),
});
