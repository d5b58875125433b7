import { accountContracts as c } from "@/lib/account/contracts";
import { reverifyBackupCode } from "@/lib/account/reverify";
import { accountRoute } from "@/lib/api/route";

export const POST = accountRoute(c.reverifyBackupCode, ({ user, input, meta }) =>
  reverifyBackupCode(user, input.code, meta),
);
