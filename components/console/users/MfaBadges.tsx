// The MFA column of the user list: "Locked" (password sign-in or a factor type), one badge per
// factor type, then "Required".
import { FACTORS } from "@/lib/mfa/factors";
import type { MfaStatus } from "@/lib/users/mfa-status";
import { Badge } from "../../ui/Badge";
import { lockedLabel } from "./factor-copy";
import { FactorIcon } from "./icons";

function factorText(factor: MfaStatus["factors"][number]): string {
  if (factor.type === "BackupCode") return `Backup codes (${factor.remainCodes ?? 0} left)`;
  const label = FACTORS[factor.type].copy.storedLabel;
  return factor.count > 1 ? `${label} ×${factor.count}` : label;
}

function lockTitle(lockouts: MfaStatus["lockouts"]): string {
  return lockouts
    .map(({ type, minutesLeft }) =>
      minutesLeft === null
        ? `${lockedLabel(type)}: until unlocked`
        : `${lockedLabel(type)}: ${minutesLeft} min left`,
    )
    .join("; ");
}

export function MfaBadges({
  status,
  emptyText,
}: {
  status: MfaStatus | undefined;
  /** Shown when there is nothing to show; a dash (read as "None") by default. */
  emptyText?: string;
}) {
  const factors = status?.factors ?? [];
  const lockouts = status?.lockouts ?? [];
  if (factors.length === 0 && lockouts.length === 0 && !status?.required) {
    if (emptyText) return <span className="text-xs text-slate-500">{emptyText}</span>;
    return (
      <span className="text-slate-400">
        <span aria-hidden="true">—</span>
        <span className="sr-only">None</span>
      </span>
    );
  }
  return (
    <ul className="flex flex-wrap gap-1.5">
      {lockouts.length > 0 ? (
        <li title={lockTitle(lockouts)}>
          <Badge tone="danger" dot>
            Locked
            <span className="sr-only"> ({lockTitle(lockouts)})</span>
          </Badge>
        </li>
      ) : null}
      {factors.map((factor) => (
        <li key={factor.type}>
          <Badge tone={factor.type === "BackupCode" && !factor.remainCodes ? "warning" : "neutral"}>
            <FactorIcon type={factor.type} className="-ml-0.5 size-3.5 text-slate-500" />
            {factorText(factor)}
          </Badge>
        </li>
      ))}
      {status?.required ? (
        <li>
          <Badge tone="brand">Required</Badge>
        </li>
      ) : null}
    </ul>
  );
}
