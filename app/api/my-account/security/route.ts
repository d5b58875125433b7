import { accountContracts as c } from "@/lib/account/contracts";
import { accountSecurity } from "@/lib/account/factors";
import { accountRoute } from "@/lib/api/route";

export const GET = accountRoute(c.getAccountSecurity, ({ user }) => accountSecurity(user));
