import type { Metadata } from "next";
import { PasskeySignIn } from "@/components/experience/PasskeySignIn";
import { SignInScreen } from "@/components/experience/screens/SignInScreen";
import { errorMessage } from "@/lib/core/errors";
import { signInNotice } from "@/lib/experience/error-pages";
import { getSettings, passkeySignInOn } from "@/lib/settings/store";
import { signInAction } from "../actions";
import { continueAfterPasskeyAction } from "../mfa/actions";

export const metadata: Metadata = { title: "Sign in" };

type Search = Promise<Record<string, string | string[] | undefined>>;

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function SignInPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const settings = await getSettings();
  const error = one(params.error);
  return (
    <SignInScreen
      action={signInAction}
      registration={settings.registration.enabled}
      setupDone={one(params.setup) === "done"}
      error={error ? errorMessage(error) : signInNotice(one(params.reason))}
      defaultIdentifier={one(params.username)}
      returnTo={one(params.returnTo)}
      passkey={
        passkeySignInOn(settings) ? (
          <PasskeySignIn
            continueAction={continueAfterPasskeyAction}
            returnTo={one(params.returnTo)}
            identifierField="identifier"
          />
        ) : undefined
      }
    />
  );
}
