// Deleting a user, confirmed by typing their username (or email when they have none).
import Link from "next/link";
import { buttonClasses } from "../../ui/Button";
import { Card } from "../../ui/Card";
import { cx } from "../../ui/cx";
import { TextField } from "../../ui/TextField";
import { ConfirmPanel, type FormAction } from "./ConfirmPanel";
import { Icon } from "./icons";

export interface DangerZoneProps {
  userId: string;
  basePath: string;
  /** What the admin types to confirm. */
  expected: string;
  confirming: boolean;
  mismatch: boolean;
  isSelf: boolean;
  deleteUser: FormAction;
}

/** For the input's `pattern` (compiled with the v flag: only syntax characters may be escaped). */
function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function DangerZone(props: DangerZoneProps) {
  const { userId, basePath, expected, confirming, mismatch, isSelf } = props;
  return (
    <Card id="danger-zone" className="scroll-mt-24 border-red-200">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 space-y-1">
          <h2 className="text-base font-semibold text-red-900">Delete user</h2>
          <p className="text-sm text-slate-600">
            {isSelf
              ? "You are signed in as this user. Another administrator can delete this account."
              : "Deletes the account with its sessions and factors. Audit events stay. This cannot be undone."}
          </p>
        </div>
        {isSelf || confirming ? null : (
          <Link
            href={`${basePath}?confirm=delete#danger-zone`}
            scroll={false}
            className={cx(buttonClasses("danger", "sm"), "self-start")}
          >
            <Icon name="trash" className="-ml-0.5 size-4" />
            Delete user
          </Link>
        )}
      </div>
      {confirming && !isSelf ? (
        <ConfirmPanel
          id="confirm-delete"
          className="mt-4"
          title={`Delete ${expected} for good?`}
          action={props.deleteUser}
          fields={{ userId }}
          confirmLabel="Delete user"
          cancelHref={`${basePath}#danger-zone`}
          inputs={
            <TextField
              label={
                <>
                  Type <span className="font-mono font-semibold">{expected}</span> to confirm
                </>
              }
              name="confirmation"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              required
              pattern={escapeRegExp(expected)}
              containerClassName="max-w-sm"
              error={mismatch ? `That does not match. Type ${expected} exactly.` : undefined}
            />
          }
        >
          They are signed out everywhere, and their factors and sessions are deleted. Their audit
          events remain.
        </ConfirmPanel>
      ) : null}
    </Card>
  );
}
