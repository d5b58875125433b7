// Redeems a setup link: consumes the token and creates the first admin in one transaction.

import { AppError } from "@/lib/core/errors";
import type { RequestMeta } from "@/lib/core/request-meta";
import { sha256 } from "@/lib/crypto/tokens";
import { getDb } from "@/lib/db/client";
import { createAdmin } from "@/lib/users/create-admin";

export type CompleteSetupOptions = {
  token: string;
  username: string;
  email?: string | null;
  password: string;
  meta: RequestMeta;
};

/** Throws setup.token_invalid, setup.admin_exists, and createAdmin's errors. */
export async function completeSetup(options: CompleteSetupOptions) {
  return getDb().$transaction(async (tx) => {
    if ((await tx.user.count({ where: { role: "admin" } })) > 0)
      throw new AppError("setup.admin_exists");
    const { count } = await tx.setupToken.updateMany({
      where: { tokenHash: sha256(options.token), usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
    });
    if (count !== 1) throw new AppError("setup.token_invalid");
    return createAdmin({ ...options, actor: "setup" }, tx);
  });
}
