// How every hosted form's server action ends: signed in (session cookie set, on to returnTo),
// on to the page of the next MFA step, or back to the form with the error.
import { redirect } from "next/navigation";
import type { CompletedSignIn } from "@/lib/experience/complete-flow";
import { mfaPagePath } from "@/lib/experience/mfa/next-page";
import { setTrustedDeviceCookie, startSessionCookie } from "@/lib/http/action-context";
import { type ActionState, toActionState } from "@/lib/http/action-state";

export async function settle(
  run: () => Promise<CompletedSignIn>,
  values: Record<string, string> = {},
): Promise<ActionState> {
  let target: string;
  try {
    const done = await run();
    await startSessionCookie(done.sessionToken, done.expiresAt);
    await setTrustedDeviceCookie(done.trustedDevice);
    target = done.returnTo;
  } catch (error) {
    const page = mfaPagePath(error);
    if (!page) return toActionState(error, values);
    target = page;
  }
  redirect(target);
}
