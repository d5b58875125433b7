import { flowRoute } from "@/lib/api/route";
import { experienceContracts as c } from "@/lib/experience/contracts";
import { loadActiveFlow } from "@/lib/experience/flow-store";
import { createTotpSecret } from "@/lib/experience/mfa/totp";

export const POST = flowRoute(c.createTotpSecret, async ({ flowToken }) =>
  createTotpSecret(await loadActiveFlow(flowToken)),
);
