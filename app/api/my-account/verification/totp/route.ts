import { accountContracts as c } from "@/lib/account/contracts";
import { reverifyTotp } from "@/lib/account/reverify";
import { accountRoute } from "@/lib/api/route";

export const POST = accountRoute(c.reverifyTotp, ({ user, input, meta }) =>
  reverifyTotp(user, input.code, meta),
);
