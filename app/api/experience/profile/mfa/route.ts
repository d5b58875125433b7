import { loadActiveFlow } from "@/lib/experience/flow-store";
import { bindMfa } from "@/lib/experience/mfa/bind";
import { BindMfaInput } from "@/lib/experience/schemas";
import { route } from "@/lib/http/route";

export const POST = route({
  access: "flow",
  input: BindMfaInput,
  handler: async ({ input, flowToken }) => {
    await bindMfa(await loadActiveFlow(flowToken), input.type, input.verificationId);
  },
});
