// Every path no page claims (and every notFound()): the hosted pages' frame, with the one way
// back that fits the visitor — the console for admins, the account page when signed in, else
// sign-in. Unknown /api paths never get here: app/api/[...path] answers them as JSON.
import type { Metadata } from "next";
import { AuthFrame } from "@/components/experience/AuthFrame";
import { buttonClasses } from "@/components/ui/Button";
import { Logo } from "@/components/ui/Logo";
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
  // Outside every BrandingProvider, so the default mark, drawn here: BrandMark is a client
  // component, and as this boundary's it would load on every page of the app.
  return (
    <AuthFrame
      mark={<Logo size="md" />}
      title="Page not found"
      subtitle="There is no page at this address. The link may be old or mistyped."
    >
      <a href={back.href} className={buttonClasses("primary", "lg", true)}>
        {back.label}
      </a>
    </AuthFrame>
  );
}
