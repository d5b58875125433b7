// "Try another method": links to the verify page for each other factor the user can use.
import type { FactorType } from "@/lib/mfa/factor-types";
import { FACTORS } from "@/lib/mfa/factors";
import { FactorIcon } from "./icons";
import { OptionLink } from "./OptionRow";

export function OtherMethods({
  types,
  title = "Try another method",
}: {
  types: FactorType[];
  title?: string;
}) {
  if (types.length === 0) return null;
  return (
    <section aria-labelledby="other-methods" className="space-y-3">
      <h2 id="other-methods" className="text-sm font-medium text-slate-800">
        {title}
      </h2>
      <ul className="space-y-2.5">
        {types.map((type) => (
          <li key={type}>
            <OptionLink
              href={`/mfa/verify?method=${type}`}
              icon={<FactorIcon type={type} />}
              label={FACTORS[type].copy.label}
              hint={FACTORS[type].copy.verifyHint}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
