// The signed-in user for pages and server actions, read through next-auth's session (which
// reads our session table through lib/auth/adapter.ts).

import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";

export type SessionUser = {
  id: string;
  username: string | null;
  email: string | null;
  name: string | null;
  role: string;
};

export async function getCurrentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions());
  return (session?.user as SessionUser | undefined) ?? null;
}

/** For pages: sends visitors to sign in, and signed-in non-admins to their account page. */
export async function requireAdmin(returnTo = "/console"): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  if (user.role !== "admin") redirect("/account?notice=admin_only");
  return user;
}

export async function requireUser(returnTo = "/account"): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  return user;
}
