import type { Metadata } from "next";
import Link from "next/link";
import { AuthShell } from "@/components/experience/AuthShell";
import { lockDuration } from "@/components/experience/mfa/errors";
import { FACTOR_COPY, parseFactorType } from "@/components/experience/mfa/factors";
import { ClockIcon, IconTile, LockIcon } from "@/components/experience/mfa/icons";
import { OtherMethods } from "@/components/experience/mfa/OtherMethods";
import { buttonClasses } from "@/components/ui/Button";
import { mfaPageState } from "@/lib/experience/mfa/page-state";
import { flowCookie } from "@/lib/http/action-context";
import { one, type Search } from "../load-page";

export const metadata: Metadata = { title: "Too many attempts · Twofold" };

export default async function LockedPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const factor = parseFactorType(one(params.factor));
  const minutes = Number.parseInt(one(params.minutes) ?? "", 10);
  const wait = lockDuration(Number.isFinite(minutes) && minutes > 0 ? minutes : null);
  // The lock outlives the flow; without one there is simply no other method to offer.
  const state = await mfaPageState(await flowCookie());
  const verifying = state?.step?.code === "session.mfa.require_mfa_verification";
  const others = verifying ? state.verifiable.filter((t) => t !== factor) : [];
  const what = factor ? FACTOR_COPY[factor].lockedNoun : "This method";

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
              {factor ? `${what} are locked` : "This method is locked"}
            </p>
            <p className="leading-relaxed text-amber-900">
              {wait
                ? `You can try again ${wait}.`
                : "It stays locked until an administrator unlocks it."}
            </p>
          </div>
        </div>
        <OtherMethods types={others} />
        <Link href="/sign-in" className={buttonClasses("secondary", "lg", true)}>
          Back to sign in
        </Link>
      </div>
    </AuthShell>
  );
}
