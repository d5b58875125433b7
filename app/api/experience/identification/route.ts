import { NextResponse } from "next/server";
import { loadActiveFlow } from "@/lib/experience/flow-store";
import { identify } from "@/lib/experience/identify";
import { IdentificationInput } from "@/lib/experience/schemas";
import { withFlowCookie } from "@/lib/http/flow-cookie";
import { route } from "@/lib/http/route";

export const POST = route({
  access: "flow",
  input: IdentificationInput,
  handler: async ({ input, flowToken }) => {
    // Identification replaces the flow's token; the old cookie is dead from here on.
    const { flow, token } = await identify(await loadActiveFlow(flowToken), input.verificationId);
    return withFlowCookie(new NextResponse(null, { status: 204 }), token, flow.expiresAt);
  },
});
