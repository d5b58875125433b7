import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LockedScreen } from "@/components/experience/screens/LockedScreen";
import { EXPIRED_SIGN_IN, stepPath } from "@/lib/experience/error-pages";
import { factorLock } from "@/lib/experience/mfa/factor-lock";
import { mfaPageState } from "@/lib/experience/mfa/page-state";
import { flowCookie } from "@/lib/http/action-context";
import { parseFactorType } from "@/lib/mfa/factors";
import { one, type Search } from "../load-page";

export const metadata: Metadata = { title: "Too many attempts" };

export default async function LockedPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const state = await mfaPageState(await flowCookie());
  if (!state) redirect(EXPIRED_SIGN_IN);
  // The URL only names the factor (allow-listed); whether and how long it is locked is the pool's.
  const factor = parseFactorType(one(params.factor));
  const lock = factor ? await factorLock(state.flow, factor) : null;
  if (!factor || !lock?.locked) redirect(stepPath(state.step));
  const verifying = state.step?.code === "session.mfa.require_mfa_verification";
  return (
    <LockedScreen
      factor={factor}
      minutes={lock.minutesLeft}
      others={verifying ? state.verifiable.filter((t) => t !== factor) : []}
    />
  );
}
