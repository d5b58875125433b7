import { flowRoute } from "@/lib/api/route";
import { experienceContracts as c } from "@/lib/experience/contracts";
import { loadActiveFlow } from "@/lib/experience/flow-store";
import { skipMfa } from "@/lib/experience/mfa/skip";

export const POST = flowRoute(c.skipMfa, async ({ flowToken }) => {
  await skipMfa(await loadActiveFlow(flowToken));
});
