import { flowRoute } from "@/lib/api/route";
import { experienceContracts as c } from "@/lib/experience/contracts";
import { loadActiveFlow } from "@/lib/experience/flow-store";
import { verifyFlowBackupCode } from "@/lib/experience/mfa/backup-codes";

export const POST = flowRoute(c.verifyBackupCode, async ({ input, flowToken, meta }) =>
  verifyFlowBackupCode(await loadActiveFlow(flowToken), input.code, meta),
);
