// The sign-in experience's sub-pages, as tabs under the page header.
import { TabLinks } from "@/components/ui/TabLinks";

const TABS = [
  { key: "registration", label: "Registration", href: "/console/sign-in-experience" },
  {
    key: "mfa",
    label: "Multi-factor authentication",
    href: "/console/sign-in-experience/mfa",
  },
  { key: "branding", label: "Branding", href: "/console/sign-in-experience/branding" },
] as const;

export type SignInExperienceTab = (typeof TABS)[number]["key"];

export function SignInExperienceTabs({ current }: { current: SignInExperienceTab }) {
  return (
    <TabLinks
      label="Sign-in experience"
      tabs={TABS}
      current={current}
      className="mb-8 border-b border-slate-200"
    />
  );
}
