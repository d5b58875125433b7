// "Too many attempts": which method is locked, for how long, and the methods still open.
import type { FactorType } from "@/lib/mfa/factor-types";
import { FACTORS } from "@/lib/mfa/factors";
import { buttonClasses } from "../../ui/Button";
import { AuthShell } from "../AuthShell";
import { lockDuration } from "../mfa/errors";
import { ClockIcon, IconTile, LockIcon } from "../mfa/icons";
import { OtherMethods } from "../mfa/OtherMethods";

export type LockedScreenProps = {
  /** The locked method, when known. */
  factor?: FactorType;
  /** Minutes until it unlocks by itself; null when only an administrator can unlock it. */
  minutes: number | null;
  /** The methods the user can still verify with. */
  others: FactorType[];
};

export function LockedScreen({ factor, minutes, others }: LockedScreenProps) {
  const wait = lockDuration(minutes);
  return (
    <AuthShell
      title="Too many attempts"
      subtitle="For your security, we paused this method after too many wrong tries."
    >
      <div className="space-y-8">
        <div className="flex items-start gap-4 rounded-xl border border-amber-200 bg-amber-50 p-4">
          <IconTile tone="amber" className="bg-white">
            {wait ? <ClockIcon /> : <LockIcon />}
          </IconTile>
          <div className="min-w-0 space-y-1 text-sm">
            <p className="font-medium text-amber-950">
              {factor ? `${FACTORS[factor].copy.lockedNoun} are locked` : "This method is locked"}
            </p>
            <p className="leading-relaxed text-amber-900">
              {wait
                ? `You can try again ${wait}.`
                : "It stays locked until an administrator unlocks it."}
            </p>
          </div>
        </div>
        <OtherMethods types={others} />
        <a href="/sign-in" className={buttonClasses("secondary", "lg", true)}>
          Back to sign in
        </a>
      </div>
    </AuthShell>
  );
}
