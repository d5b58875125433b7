import { accountContracts as c } from "@/lib/account/contracts";
import { accountRoute } from "@/lib/api/route";
import { listTrustedDevices } from "@/lib/trusted-devices/list-devices";
import { revokeAllTrustedDevices } from "@/lib/trusted-devices/revoke-devices";

export const GET = accountRoute(c.listOwnTrustedDevices, async ({ user }) =>
  listTrustedDevices(user.id),
);

export const DELETE = accountRoute(c.removeOwnTrustedDevices, async ({ user, meta }) => {
  await revokeAllTrustedDevices({ userId: user.id, actor: { type: "user", id: user.id }, meta });
});
