// What choosing Mandatory MFA means before it is saved: no one can skip, and an admin without an
// authenticator is among those sent to enrollment at their next sign-in. Both notices are drawn
// on the server; the form shows the one that applies.
import type { FactorType } from "@/lib/mfa/factors";
import { buttonClasses } from "../../ui/Button";
import { InfoIcon, WarningIcon } from "../../ui/icons";
import { WhenMandatory } from "./shown-when";

export function MandatoryNotice({ adminAuthenticators }: { adminAuthenticators: FactorType[] }) {
  return (
    <WhenMandatory
      adminAuthenticators={adminAuthenticators}
      enrolled={
        <p
          data-notice="mandatory"
          className="mt-3 flex items-start gap-3 rounded-lg border border-slate-200 bg-slate-100/70 px-4 py-3 text-sm text-slate-700"
        >
          <InfoIcon className="mt-px size-5 text-slate-500" />
          <span>
            Everyone without an authenticator app or passkey must set one up at their next sign-in,
            with no way to skip.
          </span>
        </p>
      }
      unenrolled={
        <div
          data-notice="mandatory-admin"
          role="status"
          className="mt-3 flex items-start gap-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900"
        >
          <WarningIcon className="mt-px size-5 text-amber-600" />
          <div className="min-w-0 space-y-2">
            <p>
              <strong className="font-semibold">This includes you.</strong> You have no
              authenticator app or passkey that this policy accepts, so at your next sign-in you
              will have to set one up before you reach the console.
            </p>
            <a
              href="/account/security"
              target="_blank"
              rel="noopener"
              className={buttonClasses("secondary", "sm")}
            >
              Set up yours now
              <span className="sr-only"> (opens in a new tab, so your changes here stay)</span>
            </a>
          </div>
        </div>
      }
    />
  );
}
