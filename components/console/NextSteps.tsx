// The overview's "Next steps": what is still to do, each a link to where it is done; a done
// step is gone, and with nothing left the card is gone too.
import Link from "next/link";
import { OutlineIcon, type OutlineIconName } from "@/components/ui/outline-icons";
import type { NextStep } from "@/lib/overview/next-steps";

const COPY: Record<
  NextStep["id"],
  { icon: OutlineIconName; title: string; body: string; cta: string }
> = {
  enable_mfa: {
    icon: "shield",
    title: "Turn on multi-factor authentication",
    body: "Pick the factors people may use and watch the sign-in pages change before you save.",
    cta: "Set up MFA",
  },
  own_mfa: {
    icon: "fingerprint",
    title: "Protect your own account",
    body: "Add an authenticator app or a passkey to your admin account.",
    cta: "Add a second factor",
  },
  first_app: {
    icon: "key",
    title: "Register your first application",
    body: "Let an app sign its users in through Twofold with OpenID Connect.",
    cta: "Create an application",
  },
};

export function NextSteps({ steps }: { steps: NextStep[] }) {
  if (steps.length === 0) return null;
  return (
    <section
      aria-labelledby="next-steps-title"
      className="mb-6 rounded-xl border border-brand-200 bg-brand-50/60 p-5"
    >
      <h2 id="next-steps-title" className="text-base font-semibold text-slate-900">
        Next steps
      </h2>
      <ul className="mt-3 grid gap-3 md:grid-cols-3">
        {steps.map((step) => {
          const copy = COPY[step.id];
          return (
            <li
              key={step.id}
              data-step={step.id}
              className="flex flex-col rounded-lg border border-slate-200 bg-white p-4"
            >
              <span className="flex items-center gap-2 text-sm font-semibold text-slate-900">
                <span className="flex size-8 items-center justify-center rounded-lg bg-brand-50 text-brand-600">
                  <OutlineIcon name={copy.icon} />
                </span>
                {copy.title}
              </span>
              <p className="mt-2 flex-1 text-sm text-slate-600">{copy.body}</p>
              <Link
                href={step.href}
                className="mt-3 inline-flex w-fit items-center gap-1 rounded-sm text-sm font-medium text-brand-700 outline-none hover:text-brand-800 hover:underline focus-visible:ring-2 focus-visible:ring-brand-500"
              >
                {copy.cta}
                <OutlineIcon name="chevronRight" className="size-4" />
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
