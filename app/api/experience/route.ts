import { NextResponse } from "next/server";
import { StartFlowInput } from "@/lib/experience/schemas";
import { startFlow } from "@/lib/experience/start-flow";
import { withFlowCookie } from "@/lib/http/flow-cookie";
import { route } from "@/lib/http/route";

export const PUT = route({
  access: "flow",
  input: StartFlowInput,
  handler: async ({ input }) => {
    const { token, flow } = await startFlow(input.event, input.returnTo);
    const body = { event: flow.event, expiresAt: flow.expiresAt.toISOString() };
    return withFlowCookie(NextResponse.json(body), token, flow.expiresAt);
  },
});
