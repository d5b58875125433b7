import { flowRoute } from "@/lib/api/route";
import { experienceContracts as c } from "@/lib/experience/contracts";
import { loadActiveFlow } from "@/lib/experience/flow-store";
import { generateFlowBackupCodes } from "@/lib/experience/mfa/backup-codes";

export const POST = flowRoute(c.generateBackupCodes, async ({ flowToken }) =>
  generateFlowBackupCodes(await loadActiveFlow(flowToken)),
);
