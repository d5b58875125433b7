import { loadActiveFlow } from "@/lib/experience/flow-store";
import { finishWebAuthnAuthentication } from "@/lib/experience/mfa/webauthn";
import { WebAuthnVerifyInput } from "@/lib/experience/schemas";
import { route } from "@/lib/http/route";

export const POST = route({
  access: "flow",
  input: WebAuthnVerifyInput,
  handler: async ({ input, flowToken, meta }) =>
    finishWebAuthnAuthentication(
      await loadActiveFlow(flowToken),
      input.verificationId,
      input.payload,
      meta,
    ),
});
