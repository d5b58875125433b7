// Sign-in as the preview draws it: the hosted screen with a no-op action, and the passkey
// button while passkey sign-in is on.
import { PasskeySignIn } from "@/components/experience/PasskeySignIn";
import { SignInScreen } from "@/components/experience/screens/SignInScreen";
import { noopForm } from "../noop-actions";
import type { ViewProps } from "./types";

export default function SignInView({ settings }: ViewProps) {
  const passkey = settings.passkeySignIn && settings.factors.includes("WebAuthn");
  return (
    <SignInScreen
      action={noopForm}
      registration
      // No continueAction: the preview's button shows, and never reaches the API.
      passkey={passkey ? <PasskeySignIn identifierField="identifier" /> : undefined}
    />
  );
}
