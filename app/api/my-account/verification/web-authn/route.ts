import { accountContracts as c } from "@/lib/account/contracts";
import { startReverifyWebAuthn } from "@/lib/account/reverify";
import { accountRoute } from "@/lib/api/route";

export const POST = accountRoute(c.startReverifyWebAuthn, ({ user }) =>
  startReverifyWebAuthn(user),
);
