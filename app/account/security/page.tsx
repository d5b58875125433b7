import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AccountPageTitle } from "@/components/account/AccountShell";
import type { AccountSecurity } from "@/components/account/account-api";
import { SecurityPanel } from "@/components/account/SecurityPanel";
import { accountSecurity } from "@/lib/account/factors";
import { AccountSecurityView } from "@/lib/account/schemas";
import { sessionCookie } from "@/lib/http/action-context";
import { userFromSessionCookie } from "@/lib/sessions/current";

export const metadata: Metadata = { title: "Security" };

export default async function SecurityPage() {
  const caller = await userFromSessionCookie(await sessionCookie());
  if (!caller) redirect("/sign-in?returnTo=%2Faccount%2Fsecurity");
  // Through the API's own schema, so the page starts from exactly what the API would return.
  const initial = AccountSecurityView.parse(await accountSecurity(caller)) as AccountSecurity;
  return (
    <>
      <AccountPageTitle
        title="Security"
        subtitle="Choose how you confirm it's you when you sign in."
      />
      <SecurityPanel initial={initial} account={caller.primaryEmail ?? caller.username ?? ""} />
    </>
  );
}
