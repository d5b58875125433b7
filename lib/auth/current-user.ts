// The signed-in user for pages and server actions, read through next-auth's session (which
// reads our session table through lib/auth/adapter.ts).

import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import type { SignedInUser } from "@/lib/sessions/current";
import { authOptions } from "./options";

export async function getCurrentUser(): Promise<SignedInUser | null> {
  const session = await getServerSession(authOptions());
  // options.ts's session callback shapes `user` as a SignedInUser.
  return (session?.user as SignedInUser | undefined) ?? null;
}

/** For pages: sends visitors to sign in, and signed-in non-admins to their account page. */
export async function requireAdmin(returnTo = "/console"): Promise<SignedInUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  if (user.role !== "admin") redirect("/account?notice=admin_only");
  return user;
}

export async function requireUser(returnTo = "/account"): Promise<SignedInUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  return user;
}
