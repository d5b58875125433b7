import type { ReactNode } from "react";
import { BrandingProvider } from "@/components/branding/BrandingProvider";
import { brandedMetadata } from "@/components/branding/branded-metadata";
import { getSettings } from "@/lib/settings/store";

export const generateMetadata = brandedMetadata;

// Every hosted sign-in, registration and MFA page wears the sign-in experience's branding.
export default async function ExperienceLayout({ children }: { children: ReactNode }) {
  return <BrandingProvider branding={(await getSettings()).branding}>{children}</BrandingProvider>;
}
