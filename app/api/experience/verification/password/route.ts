import { loadActiveFlow } from "@/lib/experience/flow-store";
import { PasswordInput } from "@/lib/experience/schemas";
import { verifyPassword } from "@/lib/experience/verify-password";
import { route } from "@/lib/http/route";

export const POST = route({
  access: "flow",
  input: PasswordInput,
  handler: async ({ input, flowToken, meta }) =>
    verifyPassword(await loadActiveFlow(flowToken), { ...input, meta }),
});
