import type { Metadata } from "next";
import { BrandingEditor } from "@/components/console/branding/BrandingEditor";
import { PageHeader } from "@/components/console/PageHeader";
import { previewChrome } from "@/components/preview/preview-chrome";
import { requireAdmin } from "@/lib/auth/current-user";
import { getSettings } from "@/lib/settings/store";
import { ConsolePage } from "../../console-page";
import { SignInExperienceTabs } from "../tabs";
import { saveBrandingAction, uploadLogoAction } from "./actions";

export const metadata: Metadata = { title: "Branding · Twofold console" };

export default async function BrandingPage() {
  await requireAdmin("/console/sign-in-experience/branding");
  const { branding, mfa } = await getSettings();
  return (
    <ConsolePage section="sign-in-experience" path="/console/sign-in-experience/branding">
      <PageHeader
        title="Sign-in experience"
        description="What people see on the hosted sign-in and registration pages."
      />
      <SignInExperienceTabs current="branding" />
      <BrandingEditor
        saved={branding}
        mfa={mfa}
        saveAction={saveBrandingAction}
        uploadAction={uploadLogoAction}
        previewChrome={previewChrome()}
      />
    </ConsolePage>
  );
}
