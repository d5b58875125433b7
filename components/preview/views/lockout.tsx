// "Too many attempts" for the sample user's locked method.
import { LockedScreen } from "@/components/experience/screens/LockedScreen";
import { lockedFactor, verifiable } from "@/lib/preview/availability";
import { SAMPLE } from "@/lib/preview/sample";
import type { ViewProps } from "./types";

export default function LockoutView({ settings }: ViewProps) {
  const factor = lockedFactor(settings);
  return (
    <LockedScreen
      factor={factor}
      minutes={SAMPLE.lockoutMinutes}
      others={verifiable(settings).filter((t) => t !== factor)}
    />
  );
}
