import type { Metadata } from "next";
import { LockedScreen } from "@/components/experience/screens/LockedScreen";
import { mfaPageState } from "@/lib/experience/mfa/page-state";
import { flowCookie } from "@/lib/http/action-context";
import { parseFactorType } from "@/lib/mfa/factors";
import { one, type Search } from "../load-page";

export const metadata: Metadata = { title: "Too many attempts" };

export default async function LockedPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const factor = parseFactorType(one(params.factor));
  const minutes = Number.parseInt(one(params.minutes) ?? "", 10);
  // The lock outlives the flow; without one there is simply no other method to offer.
  const state = await mfaPageState(await flowCookie());
  const verifying = state?.step?.code === "session.mfa.require_mfa_verification";
  return (
    <LockedScreen
      factor={factor}
      minutes={Number.isFinite(minutes) && minutes > 0 ? minutes : null}
      others={verifying ? state.verifiable.filter((t) => t !== factor) : []}
    />
  );
}
