import { flowRoute } from "@/lib/api/route";
import { experienceContracts as c } from "@/lib/experience/contracts";
import { loadActiveFlow } from "@/lib/experience/flow-store";
import { verifyNewPasswordIdentity } from "@/lib/experience/verify-new-identity";

export const POST = flowRoute(c.verifyNewPasswordIdentity, async ({ input, flowToken, meta }) =>
  verifyNewPasswordIdentity(await loadActiveFlow(flowToken), { ...input, meta }),
);
