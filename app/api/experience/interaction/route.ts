import { flowRoute } from "@/lib/api/route";
import { experienceContracts as c } from "@/lib/experience/contracts";
import { findFlow } from "@/lib/experience/flow-store";
import { describeFlow } from "@/lib/experience/interaction";

export const GET = flowRoute(c.getInteraction, async ({ flowToken }) =>
  describeFlow(await findFlow(flowToken)),
);
