import { managementRoute } from "@/lib/api/route";
import { contracts } from "@/lib/management/contracts";
import { userForApi } from "@/lib/management/users";
import { createBackupCodesForUser, createTotpForUser } from "@/lib/users/mfa/create-factor";
import { listUserFactors } from "@/lib/users/mfa/list-factors";

export const GET = managementRoute(contracts.listMfaVerifications, async ({ params }) => {
  const user = await userForApi(params.userId);
  return listUserFactors(user.id);
});

export const POST = managementRoute(
  contracts.createMfaVerification,
  async ({ params, input, apiKey, meta }) => {
    const context = {
      userId: params.userId,
      actor: { type: "api_key" as const, id: apiKey.id },
      meta,
    };
    return input.type === "Totp"
      ? createTotpForUser({ ...context, secret: input.secret })
      : createBackupCodesForUser({ ...context, codes: input.codes });
  },
);
