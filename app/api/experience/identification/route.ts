import { loadActiveFlow } from "@/lib/experience/flow-store";
import { identify } from "@/lib/experience/identify";
import { IdentificationInput } from "@/lib/experience/schemas";
import { route } from "@/lib/http/route";

export const POST = route({
  access: "flow",
  input: IdentificationInput,
  handler: async ({ input, flowToken }) => {
    await identify(await loadActiveFlow(flowToken), input.verificationId);
  },
});
