// next-auth's sign-out page (pages.signOut): GET /api/auth/signout lands here. Signing out is a
// POST through the shared sign-out action, never a GET, so a link cannot sign anyone out.
import type { Metadata } from "next";
import { SignOutScreen } from "@/components/experience/screens/SignOutScreen";
import { getCurrentUser } from "@/lib/auth/current-user";
import { signOutAction } from "../../actions/sign-out";

export const metadata: Metadata = { title: "Sign out" };

export default async function SignOutPage() {
  const user = await getCurrentUser();
  const label = user ? (user.username ?? user.primaryEmail ?? user.name ?? "your account") : null;
  return (
    <SignOutScreen
      account={
        user && label
          ? {
              label,
              detail:
                user.primaryEmail && user.primaryEmail !== label ? user.primaryEmail : undefined,
            }
          : null
      }
      action={signOutAction}
      backHref={user?.role === "admin" ? "/console" : "/account"}
    />
  );
}
