"use client";
// Sign-in as the preview draws it: the hosted screen with a no-op action. The passkey button's
// code (WebAuthn included) loads only while passkey sign-in is on.
import { lazy, Suspense } from "react";
import { SignInScreen } from "@/components/experience/screens/SignInScreen";
import { noopForm } from "../noop-actions";
import type { ViewProps } from "./types";

const PasskeySignIn = lazy(() =>
  import("@/components/experience/PasskeySignIn").then((m) => ({ default: m.PasskeySignIn })),
);

export default function SignInView({ settings }: ViewProps) {
  const passkey = settings.passkeySignIn && settings.factors.includes("WebAuthn");
  return (
    <SignInScreen
      action={noopForm}
      registration
      passkey={
        passkey ? (
          <Suspense fallback={null}>
            {/* No continueAction: the preview's button shows, and never reaches the API. */}
            <PasskeySignIn identifierField="identifier" />
          </Suspense>
        ) : undefined
      }
    />
  );
}
