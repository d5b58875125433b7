import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AccountPageTitle } from "@/components/account/AccountShell";
import type { AccountSecurity } from "@/components/account/account-api";
import { SecurityPanel } from "@/components/account/SecurityPanel";
import {
  type TrustedDevice,
  TrustedDevicesSection,
} from "@/components/account/TrustedDevicesSection";
import { accountSecurity } from "@/lib/account/factors";
import { AccountSecurityView } from "@/lib/account/schemas";
import { TrustedDeviceList } from "@/lib/api/schemas";
import { isPasskeySignInOn } from "@/lib/experience/passkey-sign-in/enabled";
import { sessionCookie } from "@/lib/http/action-context";
import { userFromSessionCookie } from "@/lib/sessions/current";
import { getSettings } from "@/lib/settings/store";
import { listTrustedDevices } from "@/lib/trusted-devices/list-devices";

export const metadata: Metadata = { title: "Security" };

export default async function SecurityPage() {
  const caller = await userFromSessionCookie(await sessionCookie());
  if (!caller) redirect("/sign-in?returnTo=%2Faccount%2Fsecurity");
  // Through the API's own schema, so the page starts from exactly what the API would return.
  const initial = AccountSecurityView.parse(await accountSecurity(caller)) as AccountSecurity;
  const devices = TrustedDeviceList.parse(await listTrustedDevices(caller.id)) as TrustedDevice[];
  // Shown while devices can be remembered, or while some still are (to remove them).
  const showDevices = (await getSettings()).trustedDevice.enabled || devices.length > 0;
  return (
    <>
      <AccountPageTitle
        title="Security"
        subtitle="Choose how you confirm it's you when you sign in."
      />
      <SecurityPanel
        initial={initial}
        account={caller.primaryEmail ?? caller.username ?? ""}
        passkeySignIn={await isPasskeySignInOn()}
      />
      {showDevices ? (
        <div className="mt-5">
          <TrustedDevicesSection initial={devices} />
        </div>
      ) : null}
    </>
  );
}
