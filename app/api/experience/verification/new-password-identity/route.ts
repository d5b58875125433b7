import { loadActiveFlow } from "@/lib/experience/flow-store";
import { NewPasswordIdentityInput } from "@/lib/experience/schemas";
import { verifyNewPasswordIdentity } from "@/lib/experience/verify-new-identity";
import { route } from "@/lib/http/route";

export const POST = route({
  access: "flow",
  input: NewPasswordIdentityInput,
  handler: async ({ input, flowToken, meta }) =>
    verifyNewPasswordIdentity(await loadActiveFlow(flowToken), { ...input, meta }),
});
