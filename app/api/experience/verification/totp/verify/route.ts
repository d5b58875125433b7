import { loadActiveFlow } from "@/lib/experience/flow-store";
import { verifyTotp } from "@/lib/experience/mfa/totp";
import { TotpVerifyInput } from "@/lib/experience/schemas";
import { route } from "@/lib/http/route";

export const POST = route({
  access: "flow",
  input: TotpVerifyInput,
  handler: async ({ input, flowToken, meta }) =>
    verifyTotp(await loadActiveFlow(flowToken), { ...input, meta }),
});
