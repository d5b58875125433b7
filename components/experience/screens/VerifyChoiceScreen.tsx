// "Try another method" on its own (/mfa/verify?choose=1): every method the user can verify with,
// for when the one the verify page offered first is not at hand.
import type { FactorType } from "@/lib/mfa/factor-types";
import { AuthShell } from "../AuthShell";
import { OtherMethods } from "../mfa/OtherMethods";
import { AccountPhrase, notYouFooter } from "./copy";

export function VerifyChoiceScreen({
  account,
  methods,
}: {
  account: string | null;
  methods: FactorType[];
}) {
  return (
    <AuthShell
      title="Try another method"
      subtitle={
        <>
          Choose how to confirm it's you
          <AccountPhrase word="as" account={account} />.
        </>
      }
      footer={notYouFooter}
    >
      <OtherMethods types={methods} title="Your methods" />
    </AuthShell>
  );
}
