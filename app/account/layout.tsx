import Link from "next/link";
import type { ReactNode } from "react";
import { AccountShell } from "@/components/account/AccountShell";
import { BrandingProvider } from "@/components/branding/BrandingProvider";
import { brandedMetadata } from "@/components/branding/branded-metadata";
import { SignOutButton } from "@/components/experience/SignOutButton";
import { buttonClasses } from "@/components/ui/Button";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getSettings } from "@/lib/settings/store";
import { signOutAction } from "../actions/sign-out";

export const generateMetadata = brandedMetadata;

export default async function AccountLayout({ children }: { children: ReactNode }) {
  // Each page sends visitors to sign in with its own returnTo; the frame needs a user.
  const user = await getCurrentUser();
  if (!user) return children;
  return (
    <BrandingProvider branding={(await getSettings()).branding}>
      <AccountShell
        who={user.username ?? user.primaryEmail ?? ""}
        signOut={<SignOutButton action={signOutAction} variant="ghost" size="sm" />}
        extra={
          user.role === "admin" ? (
            <Link href="/console" className={buttonClasses("secondary", "sm")}>
              Console
            </Link>
          ) : null
        }
      >
        {children}
      </AccountShell>
    </BrandingProvider>
  );
}
