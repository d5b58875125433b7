import type { Metadata } from "next";
import { PageHeader } from "@/components/console/PageHeader";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { getSettings } from "@/lib/settings/store";
import { ConsolePage } from "../console-page";
import { param, type Search } from "../search-params";
import { saveRegistrationAction } from "./actions";

export const metadata: Metadata = { title: "Sign-in experience · Twofold console" };

export default async function SignInExperiencePage({ searchParams }: { searchParams: Search }) {
  const saved = param(await searchParams, "saved") === "1";
  const { registration } = await getSettings();
  return (
    <ConsolePage section="sign-in-experience">
      <PageHeader
        title="Sign-in experience"
        description="What people see on the hosted sign-in and registration pages."
      />
      {saved ? (
        <Alert tone="success" className="mb-4">
          Saved. The hosted pages use the new settings now.
        </Alert>
      ) : null}
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
    </ConsolePage>
  );
}
