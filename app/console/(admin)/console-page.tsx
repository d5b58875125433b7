// Every console page: re-checks the admin role on the server, then renders the shell.
import type { ReactNode } from "react";
import { ConsoleShell } from "@/components/console/ConsoleShell";
import type { ConsoleSection } from "@/components/console/nav";
import { SignOutButton } from "@/components/experience/SignOutButton";
import { requireAdmin } from "@/lib/auth/current-user";
import { signOutAction } from "../../actions/sign-out";

export async function ConsolePage({
  section,
  children,
}: {
  section: ConsoleSection;
  children: ReactNode;
}) {
  const sectionPath = section === "overview" ? "/console" : `/console/${section}`;
  const admin = await requireAdmin(sectionPath);
  return (
    <ConsoleShell
      current={section}
      user={{ username: admin.username, email: admin.email }}
      signOutAction={<SignOutButton action={signOutAction} variant="ghost" />}
    >
      {children}
    </ConsoleShell>
  );
}
