// Every path no page claims (and every notFound()): the hosted pages' frame, with the one way
// back that fits the visitor — the console for admins, the account page when signed in, else
// sign-in. Unknown /api paths never get here: app/api/[...path] answers them as JSON.
import type { Metadata } from "next";
import { AuthShell } from "@/components/experience/AuthShell";
import { buttonClasses } from "@/components/ui/Button";
import { getCurrentUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Page not found · Twofold" };

async function wayBack() {
  const user = await getCurrentUser();
  if (user?.role === "admin") return { href: "/console", label: "Go to the console" };
  if (user) return { href: "/account", label: "Go to your account" };
  return { href: "/sign-in", label: "Go to sign-in" };
}

export default async function NotFound() {
  const back = await wayBack();
  return (
    <AuthShell
      title="Page not found"
      subtitle="There is no page at this address. The link may be old or mistyped."
    >
      <a href={back.href} className={buttonClasses("primary", "lg", true)}>
        {back.label}
      </a>
    </AuthShell>
  );
}
