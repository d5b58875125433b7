// Who the provider signs in: a Twofold user, with the claims their granted scopes allow.
// Twofold does not verify email addresses, so email_verified is false.
import type { FindAccount } from "oidc-provider";
import { direct } from "@/lib/db/client";

type AccountRow = {
  id: string;
  name: string | null;
  username: string | null;
  primaryEmail: string | null;
};

// Every grant at the token endpoint looks the account up: raw on the direct connection.
export const findAccount: FindAccount = async (_ctx, id) => {
  const [user] = await direct().$queryRaw<AccountRow[]>`
    SELECT "id", "name", "username", "primaryEmail" FROM "User" WHERE "id" = ${id}`;
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
