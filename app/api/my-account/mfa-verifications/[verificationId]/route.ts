import { accountContracts as c } from "@/lib/account/contracts";
import { removeOwnFactor, renamePasskey } from "@/lib/account/factors";
import { accountRoute } from "@/lib/api/route";

export const PATCH = accountRoute(
  c.renameOwnMfaVerification,
  async ({ user, params, input, meta }) => {
    await renamePasskey(user, params.verificationId, input.name, meta);
  },
);

export const DELETE = accountRoute(c.removeOwnMfaVerification, async ({ user, params, meta }) => {
  await removeOwnFactor(user, params.verificationId, meta);
});
