import { flowRoute } from "@/lib/api/route";
import { experienceContracts as c } from "@/lib/experience/contracts";
import { loadActiveFlow } from "@/lib/experience/flow-store";
import { bindMfa } from "@/lib/experience/mfa/bind";

export const POST = flowRoute(c.bindMfa, async ({ input, flowToken }) => {
  await bindMfa(await loadActiveFlow(flowToken), input.type, input.verificationId);
});
