import { loadActiveFlow } from "@/lib/experience/flow-store";
import { createTotpSecret } from "@/lib/experience/mfa/totp";
import { route } from "@/lib/http/route";

export const POST = route({
  access: "flow",
  handler: async ({ flowToken }) => createTotpSecret(await loadActiveFlow(flowToken)),
});
