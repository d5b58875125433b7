import type { Metadata } from "next";
import { AuthShell } from "@/components/experience/AuthShell";
import { RegisterForm } from "@/components/experience/RegisterForm";
import { Alert } from "@/components/ui/Alert";
import { linkClasses } from "@/components/ui/link";
import { getSettings } from "@/lib/settings/store";
import { registerAction } from "../actions";

export const metadata: Metadata = { title: "Create account" };

export default async function RegisterPage() {
  const { registration } = await getSettings();
  const footer = (
    <>
      Already have an account?{" "}
      <a href="/sign-in" className={linkClasses}>
        Sign in
      </a>
    </>
  );
  if (!registration.enabled) {
    return (
      <AuthShell title="Registration is closed" footer={footer}>
        <Alert tone="info">
          New accounts cannot be created here right now. Ask your administrator for an account.
        </Alert>
      </AuthShell>
    );
  }
  return (
    <AuthShell title="Create your account" subtitle="It takes less than a minute." footer={footer}>
      <RegisterForm action={registerAction} />
    </AuthShell>
  );
}
