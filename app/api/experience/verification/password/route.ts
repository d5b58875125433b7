import { flowRoute } from "@/lib/api/route";
import { experienceContracts as c } from "@/lib/experience/contracts";
import { loadActiveFlow } from "@/lib/experience/flow-store";
import { verifyPassword } from "@/lib/experience/verify-password";

export const POST = flowRoute(c.verifyPassword, async ({ input, flowToken, meta }) =>
  verifyPassword(await loadActiveFlow(flowToken), { ...input, meta }),
);
