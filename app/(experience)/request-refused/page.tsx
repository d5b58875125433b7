// Where serverAction() sends a form post it refused (its Origin was not this site's): nothing ran.
import type { Metadata } from "next";
import { AuthShell } from "@/components/experience/AuthShell";
import { buttonClasses } from "@/components/ui/Button";

export const metadata: Metadata = { title: "Request refused" };

export default function RequestRefusedPage() {
  return (
    <AuthShell
      title="Request refused"
      subtitle="This form was not sent from this site's own pages, so nothing was changed."
    >
      <div className="space-y-4 text-center">
        <p className="text-sm leading-relaxed text-slate-600">
          If you followed a link or a form from another site, go back to the page you were on here
          and try again.
        </p>
        <a href="/" className={buttonClasses("primary", "lg", true)}>
          Go to the start page
        </a>
      </div>
    </AuthShell>
  );
}
