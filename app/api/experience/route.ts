import { NextResponse } from "next/server";
import { flowRoute } from "@/lib/api/route";
import { experienceContracts as c } from "@/lib/experience/contracts";
import { startFlow } from "@/lib/experience/start-flow";
import { withFlowCookie } from "@/lib/http/flow-cookie";

export const PUT = flowRoute(c.startFlow, async ({ input }) => {
  const { token, flow } = await startFlow(input.event, input.returnTo);
  // The answer sets the cookie, so it is built here; its body still goes through the schema.
  const body = c.startFlow.response.parse({ event: flow.event, expiresAt: flow.expiresAt });
  return withFlowCookie(NextResponse.json(body), token, flow.expiresAt);
});
