import { NextResponse } from "next/server";
import { flowRoute } from "@/lib/api/route";
import { experienceContracts as c } from "@/lib/experience/contracts";
import { loadActiveFlow } from "@/lib/experience/flow-store";
import { verifyPasskeySignIn } from "@/lib/experience/passkey-sign-in/verify";
import { withFlowCookie } from "@/lib/http/flow-cookie";

export const POST = flowRoute(c.verifyPasskeySignIn, async ({ input, flowToken, meta }) => {
  // The passkey identifies the flow, which replaces its token as identification does.
  const { flow, token, verificationId } = await verifyPasskeySignIn(
    await loadActiveFlow(flowToken),
    input.verificationId,
    input.payload,
    meta,
  );
  return withFlowCookie(
    NextResponse.json({ verificationId }, { status: c.verifyPasskeySignIn.status }),
    token,
    flow.expiresAt,
  );
});
