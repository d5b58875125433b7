import { NextResponse } from "next/server";
import { flowRoute } from "@/lib/api/route";
import { experienceContracts as c } from "@/lib/experience/contracts";
import { loadActiveFlow } from "@/lib/experience/flow-store";
import { identify } from "@/lib/experience/identify";
import { trustedDeviceCookieName } from "@/lib/http/cookies";
import { withFlowCookie } from "@/lib/http/flow-cookie";
import { readCookie } from "@/lib/http/route";

export const POST = flowRoute(c.identify, async ({ input, flowToken, request, meta }) => {
  // Identification replaces the flow's token; the old cookie is dead from here on.
  const { flow, token } = await identify(await loadActiveFlow(flowToken), input.verificationId, {
    deviceToken: (userId) => readCookie(request, trustedDeviceCookieName(userId)),
    meta,
  });
  return withFlowCookie(
    new NextResponse(null, { status: c.identify.status }),
    token,
    flow.expiresAt,
  );
});
