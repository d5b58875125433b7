import { accountContracts as c } from "@/lib/account/contracts";
import { reverifyPassword } from "@/lib/account/reverify";
import { accountRoute } from "@/lib/api/route";

export const POST = accountRoute(c.reverifyPassword, ({ user, input, meta }) =>
  reverifyPassword(user, input.password, meta),
);
