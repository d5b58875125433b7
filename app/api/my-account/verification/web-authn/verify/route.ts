import { accountContracts as c } from "@/lib/account/contracts";
import { finishReverifyWebAuthn } from "@/lib/account/reverify";
import { accountRoute } from "@/lib/api/route";

export const POST = accountRoute(c.finishReverifyWebAuthn, ({ user, input, meta }) =>
  finishReverifyWebAuthn(user, input.verificationId, input.payload, meta),
);
