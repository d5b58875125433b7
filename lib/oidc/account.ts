// Who the provider signs in: a Twofold user, with the claims their granted scopes allow.
// Twofold does not verify email addresses, so email_verified is false.
import type { FindAccount } from "oidc-provider";
import { getDb } from "@/lib/db/client";

export const findAccount: FindAccount = async (_ctx, id) => {
  const user = await getDb().user.findUnique({ where: { id } });
  if (!user) return undefined;
  return {
    accountId: user.id,
    async claims() {
      return {
        sub: user.id,
        name: user.name ?? user.username ?? undefined,
        preferred_username: user.username ?? undefined,
        email: user.primaryEmail ?? undefined,
        email_verified: user.primaryEmail ? false : undefined,
      };
    },
  };
};
