import { managementRoute } from "@/lib/api/route";
import { rotateApplicationSecret } from "@/lib/applications/rotate-secret";
import { contracts } from "@/lib/management/contracts";

export const POST = managementRoute(
  contracts.rotateApplicationSecret,
  async ({ params, apiKey, meta }) =>
    rotateApplicationSecret({
      id: params.id ?? "",
      actor: { type: "api_key", id: apiKey.id },
      meta,
    }),
);
