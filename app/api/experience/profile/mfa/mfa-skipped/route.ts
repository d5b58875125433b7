import { loadActiveFlow } from "@/lib/experience/flow-store";
import { skipMfa } from "@/lib/experience/mfa/skip";
import { route } from "@/lib/http/route";

export const POST = route({
  access: "flow",
  handler: async ({ flowToken }) => {
    await skipMfa(await loadActiveFlow(flowToken));
  },
});
