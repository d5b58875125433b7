import { managementRoute } from "@/lib/api/route";
import { contracts } from "@/lib/management/contracts";
import { userForApi } from "@/lib/management/users";
import { revokeTrustedDevice } from "@/lib/trusted-devices/revoke-devices";

export const DELETE = managementRoute(
  contracts.deleteTrustedDevice,
  async ({ params, apiKey, meta }) => {
    const user = await userForApi(params.userId);
    await revokeTrustedDevice({
      userId: user.id,
      deviceId: params.deviceId,
      actor: { type: "api_key", id: apiKey.id },
      meta,
    });
  },
);
