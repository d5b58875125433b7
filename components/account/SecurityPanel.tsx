"use client";
import { useRef, useState } from "react";
// The account security page's body: 2-step verification state, then one card per factor type the
// settings enable (or the user still holds). Every change refreshes the whole state from the API.
import { FACTOR_TYPES } from "@/lib/mfa/factors";
import { IconTile, ShieldIcon } from "../experience/mfa/icons";
import { NeedsJavaScript } from "../experience/mfa/NeedsJavaScript";
import { Alert } from "../ui/Alert";
import { Badge } from "../ui/Badge";
import { Card } from "../ui/Card";
import { type AccountSecurity, accountApi, type FactorType } from "./account-api";
import { BackupCodesSection } from "./BackupCodesSection";
import { PasskeysSection } from "./PasskeysSection";
import { ReverifyProvider } from "./Reverify";
import { TotpSection } from "./TotpSection";

export type SecurityPanelProps = {
  initial: AccountSecurity;
  account: string;
  /** Passkeys sign in on their own here (the passkey sign-in setting), not only as a second step. */
  passkeySignIn?: boolean;
};

export function SecurityPanel({ initial, account, passkeySignIn = false }: SecurityPanelProps) {
  const [security, setSecurity] = useState(initial);
  const [message, setMessage] = useState<string>();
  const status = useRef<HTMLDivElement>(null);
  const { factors, enabledFactors, required, twoStepOn } = security;

  async function changed(text: string) {
    setSecurity(await accountApi.security());
    setMessage(text);
  }

  const shows = (type: FactorType) =>
    enabledFactors.includes(type) || factors.some((f) => f.type === type);
  const totp = factors.find((f) => f.type === "Totp");
  const passkeys = factors.filter((f) => f.type === "WebAuthn");
  const codes = factors.find((f) => f.type === "BackupCode");
  const authenticators = (totp ? 1 : 0) + passkeys.length;
  const lastBlocked = required && authenticators <= 1;
  const nothingOffered = !FACTOR_TYPES.some(shows);

  return (
    <ReverifyProvider>
      <div className="space-y-5">
        <NeedsJavaScript>
          Adding or removing a method needs JavaScript. Turn it on in your browser to make changes
          here.
        </NeedsJavaScript>
        <Card>
          <div className="flex gap-4">
            <IconTile tone={twoStepOn ? "emerald" : "amber"}>
              <ShieldIcon className="size-5" />
            </IconTile>
            <div className="min-w-0 space-y-1">
              <div className="flex flex-wrap items-center gap-2">
                <h2 className="text-base font-semibold text-slate-900">2-step verification</h2>
                <Badge tone={twoStepOn ? "success" : "neutral"} dot>
                  {twoStepOn ? "On" : "Off"}
                </Badge>
                {required ? <Badge tone="brand">Required</Badge> : null}
              </div>
              <p className="text-sm leading-relaxed text-slate-600">
                {twoStepOn
                  ? "When you sign in, you confirm it's you with one of the methods below as well as your password."
                  : required
                    ? "Your account requires it: add an authenticator app or a passkey. You'll be asked at your next sign-in otherwise."
                    : "Add an authenticator app or a passkey so that your password alone is not enough to sign in."}
              </p>
            </div>
          </div>
        </Card>

        <div
          ref={status}
          role="status"
          aria-live="polite"
          className={message ? undefined : "sr-only"}
        >
          {message ? (
            <Alert tone="success" role="none">
              {message}
            </Alert>
          ) : null}
        </div>

        {nothingOffered ? (
          <Alert tone="info" title="No methods to set up">
            Your administrator has not turned on 2-step verification for this site yet.
          </Alert>
        ) : null}
        {shows("Totp") ? (
          <TotpSection
            factor={totp}
            account={account}
            removalBlocked={lastBlocked}
            onChanged={changed}
          />
        ) : null}
        {shows("WebAuthn") ? (
          <PasskeysSection
            passkeys={passkeys}
            lastRemovalBlocked={lastBlocked}
            onChanged={changed}
            signsIn={passkeySignIn}
          />
        ) : null}
        {shows("BackupCode") ? (
          <BackupCodesSection
            set={codes}
            hasAuthenticator={authenticators > 0}
            account={account}
            onChanged={changed}
          />
        ) : null}
        <p className="px-1 text-sm leading-relaxed text-slate-500">
          Adding or removing a method asks for your password again (and one of your methods) if you
          haven't signed in or confirmed it's you in the last 10 minutes.
        </p>
      </div>
    </ReverifyProvider>
  );
}
