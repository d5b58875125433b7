import type { Metadata } from "next";
import { FACTOR_CATALOG } from "@/components/console/mfa-settings/factor-catalog";
import { MfaSettingsFields } from "@/components/console/mfa-settings/MfaSettingsFields";
import { MfaSettingsWithPreview } from "@/components/console/mfa-settings/MfaSettingsWithPreview";
import { PageHeader } from "@/components/console/PageHeader";
import { previewChrome } from "@/components/preview/preview-chrome";
import { requireAdmin } from "@/lib/auth/current-user";
import { getConfig } from "@/lib/config";
import { getSettings } from "@/lib/settings/store";
import { authenticatorTypesOf } from "@/lib/users/authenticator-types";
import { ConsolePage } from "../../console-page";
import { SignInExperienceTabs } from "../tabs";
import { saveMfaSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Multi-factor authentication · Twofold console" };

export default async function MfaSettingsPage() {
  const admin = await requireAdmin("/console/sign-in-experience/mfa");
  const [{ mfa, sentinelPolicy, trustedDevice, passkeySignIn, branding }, adminAuthenticators] =
    await Promise.all([getSettings(), authenticatorTypesOf(admin.id)]);
  return (
    <ConsolePage section="sign-in-experience" path="/console/sign-in-experience/mfa">
      <PageHeader
        title="Sign-in experience"
        description="What people see on the hosted sign-in and registration pages."
      />
      <SignInExperienceTabs current="mfa" />
      <MfaSettingsWithPreview
        saved={{ mfa, sentinelPolicy, trustedDevice, passkeySignIn }}
        branding={branding}
        catalog={FACTOR_CATALOG}
        previewChrome={previewChrome()}
        action={saveMfaSettingsAction}
      >
        <MfaSettingsFields rpId={getConfig().rpId} adminAuthenticators={adminAuthenticators} />
      </MfaSettingsWithPreview>
    </ConsolePage>
  );
}
