"use client";
import { signIn, signOut } from "next-auth/react";

export function SignInButton() {
  return (
    <button type="button" onClick={() => signIn("twofold")}>
      Sign in with Twofold
    </button>
  );
}

export function SignOutButton() {
  return (
    <button type="button" onClick={() => signOut()}>
      Sign out
    </button>
  );
}
