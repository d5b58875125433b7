import { findFlow } from "@/lib/experience/flow-store";
import { describeFlow } from "@/lib/experience/interaction";
import { route } from "@/lib/http/route";

export const GET = route({
  access: "flow",
  handler: async ({ flowToken }) => describeFlow(await findFlow(flowToken)),
});
