// Where serverAction() sends a form post it refused: its Origin was not this site's, or
// (?reason=input) it carried what this site's own forms never send. Either way nothing ran.
import type { Metadata } from "next";
import { AuthShell } from "@/components/experience/AuthShell";
import { buttonClasses } from "@/components/ui/Button";

export const metadata: Metadata = { title: "Request refused" };

const COPY = {
  origin: {
    subtitle: "This form was not sent from this site's own pages, so nothing was changed.",
    advice:
      "If you followed a link or a form from another site, go back to the page you were on here and try again.",
  },
  input: {
    subtitle: "This form sent something this site's own pages never send, so nothing was changed.",
    advice: "Go back to the page you were on, reload it, and try again.",
  },
};

export default async function RequestRefusedPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const copy = (await searchParams).reason === "input" ? COPY.input : COPY.origin;
  return (
    <AuthShell title="Request refused" subtitle={copy.subtitle}>
      <div className="space-y-4 text-center">
        <p className="text-sm leading-relaxed text-slate-600">{copy.advice}</p>
        <a href="/" className={buttonClasses("primary", "lg", true)}>
          Go to the start page
        </a>
      </div>
    </AuthShell>
  );
}
