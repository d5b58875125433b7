import { accountContracts as c } from "@/lib/account/contracts";
import { getReverification } from "@/lib/account/reverify";
import { accountRoute } from "@/lib/api/route";

export const GET = accountRoute(c.getReverification, ({ user }) => getReverification(user));
