import { flowRoute } from "@/lib/api/route";
import { experienceContracts as c } from "@/lib/experience/contracts";
import { loadActiveFlow } from "@/lib/experience/flow-store";
import { verifyTotp } from "@/lib/experience/mfa/totp";

export const POST = flowRoute(c.verifyTotp, async ({ input, flowToken, meta }) =>
  verifyTotp(await loadActiveFlow(flowToken), { ...input, meta }),
);
