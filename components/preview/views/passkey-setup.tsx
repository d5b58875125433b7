// Passkey setup: "Create a passkey", whose prompt the preview never opens.
import { PasskeySetupScreen } from "@/components/experience/screens/PasskeySetupScreens";

export default function PasskeySetupView() {
  return <PasskeySetupScreen />;
}
