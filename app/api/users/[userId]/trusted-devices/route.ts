import { managementRoute } from "@/lib/api/route";
import { contracts } from "@/lib/management/contracts";
import { userForApi } from "@/lib/management/users";
import { listTrustedDevices } from "@/lib/trusted-devices/list-devices";

export const GET = managementRoute(contracts.listTrustedDevices, async ({ params }) => {
  const user = await userForApi(params.userId);
  return listTrustedDevices(user.id);
});
