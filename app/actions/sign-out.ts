"use server";
import { redirect } from "next/navigation";
import { actionMeta, clearSessionCookie, sessionCookie } from "@/lib/http/action-context";
import { signOut } from "@/lib/sessions/sign-out";

export async function signOutAction(): Promise<void> {
  await signOut(await sessionCookie(), await actionMeta());
  await clearSessionCookie();
  redirect("/sign-in");
}
