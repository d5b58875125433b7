// Wording the hosted sign-in and MFA screens share: kept in one place so they read alike.
import { linkClasses } from "../../ui/link";

/** Where "Use another method" leads from a setup screen: the list of methods. */
export const CHOOSE_METHOD_HREF = "/mfa/enroll?choose=1";

/** "2-step", never broken across lines. */
export const twoStep = <span className="whitespace-nowrap">2-step</span>;

/** " as alex@example.com" / " for …": the account in the subtitle, when the flow knows it. */
export function AccountPhrase({ word, account }: { word: string; account: string | null }) {
  if (!account) return null;
  return (
    <>
      {" "}
      {word} <span className="font-medium text-slate-800">{account}</span>
    </>
  );
}

export const anotherMethodFooter = (
  <a href={CHOOSE_METHOD_HREF} className={linkClasses}>
    Use another method
  </a>
);

/** The verify screens' way out: a second factor for the wrong account starts over. */
export const notYouFooter = (
  <>
    Not you?{" "}
    <a href="/sign-in" className={linkClasses}>
      Sign in with another account
    </a>
  </>
);
