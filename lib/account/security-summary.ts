// What the account overview says about 2-step verification: the user's methods that count now
// and the ones the site offers, named with the factor registry's words.

import { factorSummaries } from "@/lib/mfa/factor-store";
import { FACTOR_TYPES, FACTORS, type FactorType, isAuthenticator } from "@/lib/mfa/factors";
import { usableFactors } from "@/lib/mfa/policy";
import { getSettings } from "@/lib/settings/store";

export type SecuritySummary = {
  /** Types the settings enable, in registry order. */
  offered: FactorType[];
  /** Types the user holds and can verify with now, in registry order. */
  using: FactorType[];
};

export async function securitySummary(userId: string): Promise<SecuritySummary> {
  const { mfa } = await getSettings();
  const usable = usableFactors(await factorSummaries(userId), mfa.factors);
  return {
    offered: FACTOR_TYPES.filter((t) => mfa.factors.includes(t)),
    using: FACTOR_TYPES.filter((t) => usable.some((f) => f.type === t)),
  };
}

function list(words: string[], last: "and" | "or"): string {
  return words.length < 2
    ? (words[0] ?? "")
    : `${words.slice(0, -1).join(", ")} ${last} ${words.at(-1)}`;
}

const held = (t: FactorType) => {
  const { copy, cardinality } = FACTORS[t];
  return cardinality === "many" ? copy.plural : copy.noun;
};
const article = (noun: string) => `${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}`;

/** One sentence for the overview's Security card. */
export function securitySummaryText({ offered, using }: SecuritySummary): string {
  if (using.some(isAuthenticator)) {
    return `2-step verification is on with your ${list(using.map(held), "and")}.`;
  }
  const addable = offered.filter(isAuthenticator);
  if (addable.length === 0) return "2-step verification is not offered on this site.";
  const choices = list(
    addable.map((t) => article(FACTORS[t].copy.noun)),
    "or",
  );
  return `2-step verification is off. Add ${choices} to protect your account.`;
}
