import { loadActiveFlow } from "@/lib/experience/flow-store";
import { generateFlowBackupCodes } from "@/lib/experience/mfa/backup-codes";
import { route } from "@/lib/http/route";

export const POST = route({
  access: "flow",
  handler: async ({ flowToken }) => generateFlowBackupCodes(await loadActiveFlow(flowToken)),
});
