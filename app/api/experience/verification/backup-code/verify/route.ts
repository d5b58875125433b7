import { loadActiveFlow } from "@/lib/experience/flow-store";
import { verifyFlowBackupCode } from "@/lib/experience/mfa/backup-codes";
import { BackupCodeVerifyInput } from "@/lib/experience/schemas";
import { route } from "@/lib/http/route";

export const POST = route({
  access: "flow",
  input: BackupCodeVerifyInput,
  handler: async ({ input, flowToken, meta }) =>
    verifyFlowBackupCode(await loadActiveFlow(flowToken), input.code, meta),
});
