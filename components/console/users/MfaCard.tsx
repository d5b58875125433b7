// A user's second factors on their details page: lockouts (password sign-in too) with Unlock, the
// "Require MFA" switch, the factors with Remove, and Reset all. Destructive steps confirm inline (see ConfirmPanel).
import Link from "next/link";
import type { ReactNode } from "react";
import { FACTOR_TYPES, FACTORS, isAuthenticator } from "@/lib/mfa/factors";
import type { FactorView } from "@/lib/users/mfa/list-factors";
import type { Lockout } from "@/lib/users/mfa-status";
import { Badge } from "../../ui/Badge";
import { buttonClasses } from "../../ui/Button";
import { Card, CardHeader } from "../../ui/Card";
import { cx } from "../../ui/cx";
import { InfoIcon } from "../../ui/icons";
import { linkClasses } from "../../ui/link";
import { Table, TBody, Td, THead, Th, Tr } from "../../ui/Table";
import { ConfirmPanel, DANGER_LINK, type FormAction } from "./ConfirmPanel";
import { factorName, lockedPhrase, plural, removeQuestion } from "./factor-copy";
import { FactorIcon, Icon } from "./icons";
import { PendingButton } from "./PendingButton";
import { SwitchButton } from "./SwitchButton";
import { Time } from "./Time";

export type MfaConfirm = { kind: "remove"; factorId: string } | { kind: "reset" } | null;

export interface MfaCardProps {
  userId: string;
  /** The username (or email) for sentences. */
  userLabel: string;
  /** The outcome of the last action here ("Unlocked."), shown under the title. */
  notice?: ReactNode;
  basePath: string;
  required: boolean;
  /** When the sign-in policy makes the per-user switch moot: MFA off, or already Mandatory. */
  policy?: "off" | "mandatory" | null;
  factors: FactorView[];
  lockouts: Lockout[];
  confirm: MfaConfirm;
  actions: {
    removeFactor: FormAction;
    resetMfa: FormAction;
    unlock: FormAction;
    setRequired: FormAction;
  };
}

/** "authenticator app, 2 passkeys, backup codes" */
function factorList(factors: FactorView[]): string {
  return FACTOR_TYPES.map((type) => ({
    type,
    count: factors.filter((f) => f.type === type).length,
  }))
    .filter(({ count }) => count > 0)
    .map(({ type, count }) =>
      FACTORS[type].cardinality === "many" && count > 1
        ? `${count} ${FACTORS[type].copy.plural}`
        : FACTORS[type].copy.noun,
    )
    .join(", ");
}

/** The user's factors in registry order, one group per type. */
function groupByType(factors: FactorView[]) {
  return FACTOR_TYPES.map((type) => ({
    type,
    members: factors.filter((f) => f.type === type),
  })).filter((g) => g.members.length > 0);
}

/** "Authenticator app", "Passkeys (2)", "Backup codes": the registry's words. */
function groupLabel(type: FactorView["type"], count: number): string {
  const { copy, cardinality } = FACTORS[type];
  if (cardinality !== "many") return copy.storedLabel;
  const plural = copy.plural.charAt(0).toUpperCase() + copy.plural.slice(1);
  return `${plural} (${count})`;
}

/** Removing `factor` takes the backup codes with it: they are never a user's only factor. */
function takesBackupCodes(factors: FactorView[], factor: FactorView): boolean {
  const primaries = factors.filter((f) => isAuthenticator(f.type));
  return (
    isAuthenticator(factor.type) &&
    primaries.length === 1 &&
    factors.some((f) => !isAuthenticator(f.type))
  );
}

export function MfaCard(props: MfaCardProps) {
  const { userId, basePath, factors, lockouts, confirm, actions } = props;
  const removing =
    confirm?.kind === "remove" ? factors.find((f) => f.id === confirm.factorId) : undefined;
  return (
    <Card padding="none" id="mfa" className="scroll-mt-24">
      <div className="space-y-4 p-5 sm:p-6">
        <CardHeader
          title="Multi-factor authentication"
          description="What this user verifies with after their password."
          actions={
            factors.length > 0 ? (
              <Link
                href={`${basePath}?confirm=reset-mfa#mfa`}
                scroll={false}
                className={buttonClasses("secondary", "sm")}
              >
                Reset all MFA
              </Link>
            ) : null
          }
        />
        {props.notice}
        {confirm?.kind === "reset" && factors.length > 0 ? (
          <ConfirmPanel
            id="confirm-reset"
            title={`Reset all MFA for ${props.userLabel}?`}
            action={actions.resetMfa}
            fields={{ userId }}
            confirmLabel="Reset all MFA"
            cancelHref={`${basePath}#mfa`}
          >
            Their {plural(factors.length, "factor")} ({factorList(factors)}) are removed. At their
            next sign-in they are asked to set up 2-step verification again, as your policy says.
          </ConfirmPanel>
        ) : null}
        {removing ? (
          <ConfirmPanel
            id="confirm-remove"
            title={removeQuestion(removing)}
            action={actions.removeFactor}
            fields={{ userId, factorId: removing.id }}
            confirmLabel={`Remove ${FACTORS[removing.type].copy.storedLabel.toLowerCase()}`}
            cancelHref={`${basePath}#mfa`}
          >
            The user can no longer verify with it.
            {factors.length === 1 ? " It is their only factor." : null}
            {takesBackupCodes(factors, removing)
              ? " Their backup codes go with it, since backup codes are never a user's only factor: at their next sign-in they are asked to set up 2-step verification again."
              : null}
          </ConfirmPanel>
        ) : null}
        {lockouts.length > 0 ? (
          <LockoutNotice userId={userId} lockouts={lockouts} unlock={actions.unlock} />
        ) : null}
      </div>
      <RequireMfa
        userId={userId}
        required={props.required}
        policy={props.policy ?? null}
        action={actions.setRequired}
      />
      <div className="border-t border-slate-200">
        {factors.length === 0 ? (
          <div className="flex flex-col items-center px-6 py-10 text-center">
            <span
              aria-hidden="true"
              className="mb-3 flex size-10 items-center justify-center rounded-xl bg-slate-100 text-slate-500"
            >
              <Icon name="shield" className="size-5" />
            </span>
            <p className="font-medium text-slate-900">No second factor yet</p>
            <p className="mt-1 max-w-sm text-sm text-slate-600">
              They add an authenticator app or a passkey on the hosted pages when they sign in.
            </p>
          </div>
        ) : (
          <FactorsTable factors={factors} basePath={basePath} removingId={removing?.id} />
        )}
      </div>
    </Card>
  );
}

function LockoutNotice({
  userId,
  lockouts,
  unlock,
}: {
  userId: string;
  lockouts: Lockout[];
  unlock: FormAction;
}) {
  return (
    <div
      role="status"
      className="flex flex-col gap-3 rounded-lg border border-red-200 bg-red-50 px-4 py-3 sm:flex-row sm:items-center sm:justify-between"
    >
      <div className="flex gap-3">
        <Icon name="lock" className="mt-0.5 size-5 text-red-600" />
        <div className="text-sm">
          <p className="font-medium text-red-900">Locked after too many failed attempts</p>
          <ul className="mt-1 space-y-0.5 text-red-800">
            {lockouts.map(({ type, minutesLeft }) => (
              <li key={type}>
                {lockedPhrase(type)}{" "}
                {minutesLeft === null
                  ? "until unlocked"
                  : `for ${plural(minutesLeft, "more minute", "more minutes")}`}
                .
              </li>
            ))}
          </ul>
        </div>
      </div>
      <form action={unlock} className="shrink-0">
        <input type="hidden" name="userId" value={userId} />
        <PendingButton variant="secondary" size="sm">
          <Icon name="lockOpen" className="-ml-0.5 size-4" />
          Unlock
        </PendingButton>
      </form>
    </div>
  );
}

const POLICY_NOTES = {
  mandatory:
    "Your sign-in policy is Mandatory MFA, so everyone must already verify a second factor; this switch matters only if you change the policy.",
  off: "No factor is turned on in Sign-in experience, so no one is asked for a second factor yet, this user included.",
} as const;

function RequireMfa({
  userId,
  required,
  policy,
  action,
}: {
  userId: string;
  required: boolean;
  policy: keyof typeof POLICY_NOTES | null;
  action: FormAction;
}) {
  return (
    <form
      action={action}
      className="flex items-start justify-between gap-6 border-t border-slate-200 px-5 py-4 sm:px-6"
    >
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="required" value={required ? "off" : "on"} />
      <div>
        <p id="require-mfa-label" className="text-sm font-medium text-slate-900">
          Require MFA for this user
        </p>
        <p id="require-mfa-hint" className="mt-0.5 text-sm text-slate-600">
          Whatever the sign-in policy, they must verify a second factor, and set one up at their
          next sign-in if they have none.
        </p>
        {policy ? (
          <p
            data-policy-note={policy}
            className="mt-2 flex items-start gap-2 rounded-lg bg-slate-100 px-3 py-2 text-sm text-slate-700"
          >
            <InfoIcon className="mt-px size-4 text-slate-500" />
            <span>
              {POLICY_NOTES[policy]}{" "}
              <Link href="/console/sign-in-experience/mfa" className={linkClasses}>
                Review the policy
              </Link>
            </span>
          </p>
        ) : null}
      </div>
      <SwitchButton
        checked={required}
        labelledBy="require-mfa-label"
        describedBy="require-mfa-hint"
      />
    </form>
  );
}

function FactorsTable({
  factors,
  basePath,
  removingId,
}: {
  factors: FactorView[];
  basePath: string;
  removingId?: string;
}) {
  return (
    <Table aria-label="Factors" wrapperClassName="relative">
      <THead>
        <tr>
          <Th>Type</Th>
          <Th className="hidden md:table-cell">Name or device</Th>
          <Th className="hidden md:table-cell">Added</Th>
          <Th className="hidden md:table-cell">Last used</Th>
          <Th className="hidden md:table-cell">Codes left</Th>
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        </tr>
      </THead>
      {groupByType(factors).map(({ type, members }) => (
        <TBody key={type} aria-label={groupLabel(type, members.length)}>
          <tr className="bg-slate-50/70">
            <th scope="rowgroup" colSpan={6} className="py-2 pr-4 pl-5 text-left">
              <span className="flex items-center gap-3 text-sm font-semibold text-slate-900">
                <span
                  aria-hidden="true"
                  className="flex size-8 shrink-0 items-center justify-center rounded-lg bg-brand-50 text-brand-600 ring-1 ring-brand-100 ring-inset"
                >
                  <FactorIcon type={type} className="size-4.5" />
                </span>
                {groupLabel(type, members.length)}
              </span>
            </th>
          </tr>
          {members.map((factor) => {
            const name = factorName(factor);
            const lastUsed = factor.lastUsedAt ? (
              <Time date={factor.lastUsedAt} as="relative" />
            ) : (
              "Never"
            );
            return (
              <Tr key={factor.id} className={cx(factor.id === removingId && "bg-red-50/60")}>
                <Td>
                  <div className="flex items-center gap-3 pl-11">
                    <div className="min-w-0">
                      <div className="font-medium whitespace-nowrap text-slate-900">
                        {FACTORS[factor.type].copy.storedLabel}
                      </div>
                      {/* Phones: the hidden columns, condensed under the type. */}
                      <div className="text-slate-500 md:hidden">
                        {[
                          name,
                          factor.type === "BackupCode"
                            ? `${factor.remainCodes ?? 0} codes left`
                            : null,
                        ]
                          .filter(Boolean)
                          .join(" · ")}
                      </div>
                      <div className="text-slate-500 md:hidden">
                        {factor.lastUsedAt ? <>Last used {lastUsed}</> : "Never used"}
                      </div>
                    </div>
                  </div>
                </Td>
                <Td className="hidden max-w-60 truncate md:table-cell">
                  {name ?? <span className="text-slate-400">—</span>}
                </Td>
                <Td className="hidden whitespace-nowrap md:table-cell">
                  <Time date={factor.createdAt} />
                </Td>
                <Td className="hidden whitespace-nowrap md:table-cell">{lastUsed}</Td>
                <Td className="hidden whitespace-nowrap md:table-cell">
                  {factor.type === "BackupCode" ? (
                    <Badge tone={factor.remainCodes ? "neutral" : "warning"}>
                      {factor.remainCodes ?? 0} left
                    </Badge>
                  ) : (
                    <span className="text-slate-400">
                      <span aria-hidden="true">—</span>
                      <span className="sr-only">Not applicable</span>
                    </span>
                  )}
                </Td>
                <Td className="w-0 text-right">
                  <Link
                    href={`${basePath}?${new URLSearchParams({ confirm: "remove", factor: factor.id })}#mfa`}
                    scroll={false}
                    aria-label={`Remove ${FACTORS[factor.type].copy.storedLabel.toLowerCase()} ${name ?? ""}`.trim()}
                    className={DANGER_LINK}
                  >
                    Remove
                  </Link>
                </Td>
              </Tr>
            );
          })}
        </TBody>
      ))}
    </Table>
  );
}
