import { managementRoute } from "@/lib/api/route";
import { contracts } from "@/lib/management/contracts";
import { userForApi } from "@/lib/management/users";
import { deleteUser } from "@/lib/users/delete-user";
import { updateUser } from "@/lib/users/update-user";

export const GET = managementRoute(contracts.getUser, async ({ params }) =>
  userForApi(params.userId),
);

export const PATCH = managementRoute(
  contracts.updateUser,
  async ({ params, input, apiKey, meta }) => {
    await updateUser(params.userId, input, { type: "api_key", id: apiKey.id }, meta);
    return userForApi(params.userId);
  },
);

export const DELETE = managementRoute(contracts.deleteUser, async ({ params, apiKey, meta }) => {
  await deleteUser({
    userId: params.userId,
    actor: { type: "api_key", id: apiKey.id },
    meta,
  });
});
