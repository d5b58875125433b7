import type { Metadata } from "next";
import { SignInScreen } from "@/components/experience/screens/SignInScreen";
import { errorMessage } from "@/lib/core/errors";
import { getSettings } from "@/lib/settings/store";
import { signInAction } from "../actions";

export const metadata: Metadata = { title: "Sign in" };

type Search = Promise<Record<string, string | string[] | undefined>>;

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function SignInPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const { registration } = await getSettings();
  const error = one(params.error);
  return (
    <SignInScreen
      action={signInAction}
      registration={registration.enabled}
      setupDone={one(params.setup) === "done"}
      error={error ? errorMessage(error) : undefined}
      defaultIdentifier={one(params.username)}
      returnTo={one(params.returnTo)}
    />
  );
}
