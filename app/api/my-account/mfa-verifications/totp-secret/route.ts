import { accountContracts as c } from "@/lib/account/contracts";
import { startTotpEnrollment } from "@/lib/account/factors";
import { accountRoute } from "@/lib/api/route";

export const POST = accountRoute(c.createOwnTotpSecret, ({ user }) => startTotpEnrollment(user));
