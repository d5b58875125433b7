import { flowRoute } from "@/lib/api/route";
import { experienceContracts as c } from "@/lib/experience/contracts";
import { loadActiveFlow } from "@/lib/experience/flow-store";
import { submitFlow } from "@/lib/experience/submit";

export const POST = flowRoute(c.submit, async ({ input, flowToken, meta }) =>
  submitFlow(await loadActiveFlow(flowToken), meta, { rememberDevice: input.rememberDevice }),
);
