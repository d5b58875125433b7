import { managementRoute } from "@/lib/api/route";
import { contracts } from "@/lib/management/contracts";
import { removeFactor } from "@/lib/users/mfa/manage-factors";

export const DELETE = managementRoute(
  contracts.deleteMfaVerification,
  async ({ params, apiKey, meta }) => {
    await removeFactor({
      userId: params.userId,
      factorId: params.verificationId,
      actor: { type: "api_key", id: apiKey.id },
      meta,
    });
  },
);
