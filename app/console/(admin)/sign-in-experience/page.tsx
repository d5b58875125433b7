import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/console/PageHeader";
import { Alert } from "@/components/ui/Alert";
import { Badge } from "@/components/ui/Badge";
import { Button, buttonClasses } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { requireAdmin } from "@/lib/auth/current-user";
import { FACTORS } from "@/lib/mfa/factors";
import { getSettings } from "@/lib/settings/store";
import { ConsolePage } from "../console-page";
import { param, type Search } from "../search-params";
import { saveRegistrationAction } from "./actions";
import { SignInExperienceTabs } from "./tabs";

export const metadata: Metadata = { title: "Sign-in experience · Twofold console" };

const list = new Intl.ListFormat("en", { type: "conjunction" });

export default async function SignInExperiencePage({ searchParams }: { searchParams: Search }) {
  await requireAdmin("/console/sign-in-experience");
  const saved = param(await searchParams, "saved") === "1";
  const { registration, mfa } = await getSettings();
  return (
    <ConsolePage section="sign-in-experience">
      <PageHeader
        title="Sign-in experience"
        description="What people see on the hosted sign-in and registration pages."
      />
      <SignInExperienceTabs current="registration" />
      {saved ? (
        <Alert tone="success" className="mb-4">
          Saved. The hosted pages use the new settings now.
        </Alert>
      ) : null}
      <div className="space-y-6">
        <Card>
          <form action={saveRegistrationAction} className="space-y-5">
            <div className="flex items-start justify-between gap-6">
              <div>
                <label htmlFor="registration" className="text-base font-semibold text-slate-900">
                  Self-service registration
                </label>
                <p id="registration-hint" className="mt-1 text-sm text-slate-600">
                  Let people create their own account on the hosted{" "}
                  <code className="font-mono">/register</code> page. When off, only administrators
                  create accounts.
                </p>
              </div>
              <input
                id="registration"
                name="registration"
                type="checkbox"
                aria-describedby="registration-hint"
                defaultChecked={registration.enabled}
                className="peer mt-1 h-6 w-11 shrink-0 cursor-pointer appearance-none rounded-full bg-slate-300 transition-colors before:block before:size-5 before:translate-x-0.5 before:translate-y-0.5 before:rounded-full before:bg-white before:shadow before:transition-transform checked:bg-brand-600 checked:before:translate-x-5.5 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2"
              />
            </div>
            <div className="flex justify-end border-t border-slate-100 pt-4">
              <Button type="submit">Save</Button>
            </div>
          </form>
        </Card>

        <Card className="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
          <div className="min-w-0 space-y-1">
            <div className="flex flex-wrap items-center gap-2">
              <h2 className="text-base font-semibold text-slate-900">
                Multi-factor authentication
              </h2>
              {mfa.factors.length > 0 ? (
                <Badge tone="success" dot>
                  On
                </Badge>
              ) : (
                <Badge dot>Off</Badge>
              )}
            </div>
            <p className="text-sm text-slate-600">
              {mfa.factors.length > 0
                ? `People can use ${list.format(mfa.factors.map((type) => FACTORS[type].copy.plural))}.`
                : "Turn on one factor and save: people are asked for a second step at sign-in."}
            </p>
          </div>
          <Link href="/console/sign-in-experience/mfa" className={buttonClasses("secondary")}>
            {mfa.factors.length > 0 ? "Manage MFA" : "Set up MFA"}
          </Link>
        </Card>
      </div>
    </ConsolePage>
  );
}
