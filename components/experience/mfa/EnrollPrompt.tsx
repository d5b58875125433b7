// The one-time suggestion to turn on 2-step verification: why, "Turn on", and "Skip for now".
import { buttonClasses } from "../../ui/Button";
import { FormButton } from "./FormButton";
import { FingerprintIcon, KeyIcon, PhoneIcon } from "./icons";
import { PointList } from "./PointList";

const REASONS = [
  {
    icon: <KeyIcon />,
    text: "A stolen or guessed password alone can no longer open your account.",
  },
  { icon: <PhoneIcon />, text: "Confirm it's you with a code from an authenticator app…" },
  { icon: <FingerprintIcon />, text: "…or with a passkey: your fingerprint, face or screen lock." },
];

export function EnrollPrompt({ skipAction }: { skipAction?: () => Promise<void> }) {
  return (
    <div className="space-y-7">
      <PointList points={REASONS} />
      <div className="space-y-3">
        <a href="/mfa/enroll?choose=1" className={buttonClasses("primary", "lg", true)}>
          Turn on
        </a>
        {skipAction ? (
          <form action={skipAction}>
            <FormButton variant="ghost">Skip for now</FormButton>
          </form>
        ) : null}
      </div>
    </div>
  );
}
