import { managementRoute } from "@/lib/api/route";
import { contracts } from "@/lib/management/contracts";
import { userForApi } from "@/lib/management/users";
import { adminCreateUser } from "@/lib/users/admin-create-user";
import { listUsers } from "@/lib/users/list-users";

export const GET = managementRoute(contracts.listUsers, async ({ query, responseHeaders }) => {
  const { total, users } = await listUsers({
    search: query.search,
    page: query.page,
    pageSize: query.page_size,
  });
  responseHeaders.set("Total-Number", String(total));
  return users;
});

export const POST = managementRoute(contracts.createUser, async ({ input, apiKey, meta }) => {
  const user = await adminCreateUser({
    username: input.username,
    email: input.primaryEmail,
    name: input.name,
    password: input.password,
    actor: { type: "api_key", id: apiKey.id },
    meta,
  });
  return userForApi(user.id);
});
