import { loadActiveFlow } from "@/lib/experience/flow-store";
import { submitFlow } from "@/lib/experience/submit";
import { route } from "@/lib/http/route";

export const POST = route({
  access: "flow",
  handler: async ({ flowToken, meta }) => submitFlow(await loadActiveFlow(flowToken), meta),
});
