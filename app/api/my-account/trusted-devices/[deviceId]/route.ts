import { accountContracts as c } from "@/lib/account/contracts";
import { accountRoute } from "@/lib/api/route";
import { revokeTrustedDevice } from "@/lib/trusted-devices/revoke-devices";

export const DELETE = accountRoute(c.removeOwnTrustedDevice, async ({ user, params, meta }) => {
  await revokeTrustedDevice({
    userId: user.id,
    deviceId: params.deviceId,
    actor: { type: "user", id: user.id },
    meta,
  });
});
