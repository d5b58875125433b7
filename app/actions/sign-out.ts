"use server";
import { redirect } from "next/navigation";
import { actionMeta, clearSessionCookie, sessionCookie } from "@/lib/http/action-context";
import { serverAction } from "@/lib/http/server-action";
import { signOut } from "@/lib/sessions/sign-out";

export const signOutAction = serverAction(async (): Promise<void> => {
  await signOut(await sessionCookie(), await actionMeta());
  await clearSessionCookie();
  redirect("/sign-in");
});
