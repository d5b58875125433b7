import { managementRoute } from "@/lib/api/route";
import { contracts } from "@/lib/management/contracts";
import { getSettings } from "@/lib/settings/store";
import { updateSignInExperience } from "@/lib/settings/update-sign-in-exp";

export const GET = managementRoute(contracts.getSignInExp, async () => {
  const { mfa, sentinelPolicy, trustedDevice, passkeySignIn, branding } = await getSettings();
  return { mfa, sentinelPolicy, trustedDevice, passkeySignIn, branding };
});

export const PATCH = managementRoute(contracts.updateSignInExp, async ({ input, apiKey, meta }) => {
  const { mfa, sentinelPolicy, trustedDevice, passkeySignIn, branding } =
    await updateSignInExperience(input, { type: "api_key", id: apiKey.id }, meta);
  return { mfa, sentinelPolicy, trustedDevice, passkeySignIn, branding };
});
