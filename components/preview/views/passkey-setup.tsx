// Passkey setup: "Create a passkey", whose prompt the preview keeps inert.
import { PasskeySetupScreen } from "@/components/experience/screens/PasskeySetupScreens";

export default function PasskeySetupView() {
  return <PasskeySetupScreen />;
}
