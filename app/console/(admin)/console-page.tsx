// Every console page: re-checks the admin role on the server, then renders the shell.
import type { ReactNode } from "react";
import { ConsoleShell } from "@/components/console/ConsoleShell";
import type { ConsoleSection } from "@/components/console/nav";
import { SignOutButton } from "@/components/experience/SignOutButton";
import { requireAdmin } from "@/lib/auth/current-user";
import { signOutAction } from "../../actions/sign-out";

export async function ConsolePage({
  section,
  path,
  children,
}: {
  section: ConsoleSection;
  /** The page's own path when it lies below its section, so sign-in comes back to it. */
  path?: string;
  children: ReactNode;
}) {
  const sectionPath = section === "overview" ? "/console" : `/console/${section}`;
  const admin = await requireAdmin(path ?? sectionPath);
  return (
    <ConsoleShell
      current={section}
      user={admin}
      signOutAction={<SignOutButton action={signOutAction} variant="ghost" />}
    >
      {children}
    </ConsoleShell>
  );
}
