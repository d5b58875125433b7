import { flowRoute } from "@/lib/api/route";
import { experienceContracts as c } from "@/lib/experience/contracts";
import { loadActiveFlow } from "@/lib/experience/flow-store";
import { startPasskeySignIn } from "@/lib/experience/passkey-sign-in/start";

export const POST = flowRoute(c.startPasskeySignIn, async ({ input, flowToken }) =>
  startPasskeySignIn(await loadActiveFlow(flowToken), input),
);
