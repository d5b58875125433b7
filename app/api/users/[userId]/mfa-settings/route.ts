import { managementRoute } from "@/lib/api/route";
import { contracts } from "@/lib/management/contracts";
import { userForApi } from "@/lib/management/users";
import { updateUserMfaSettings } from "@/lib/users/mfa/manage-factors";

const view = (user: { mfaSkipped: unknown; mfaRequired: unknown }) => ({
  skipped: Boolean(user.mfaSkipped),
  required: Boolean(user.mfaRequired),
});

export const GET = managementRoute(contracts.getMfaSettings, async ({ params }) =>
  view(await userForApi(params.userId)),
);

export const PATCH = managementRoute(
  contracts.updateMfaSettings,
  async ({ params, input, apiKey, meta }) => {
    await updateUserMfaSettings({
      userId: params.userId,
      ...input,
      actor: { type: "api_key", id: apiKey.id },
      meta,
    });
    return view(await userForApi(params.userId));
  },
);
