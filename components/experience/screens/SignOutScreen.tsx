// "Sign out?": who is signed in, a sign-out button that is a real form (works without
// JavaScript), and a way back. Signed out already, it says so and offers to sign in.
import { Button, buttonClasses } from "../../ui/Button";
import { AuthShell } from "../AuthShell";

export type SignOutScreenProps = {
  /** The signed-in account's name as shown to its owner; null when nobody is signed in. */
  account: { label: string; detail?: string } | null;
  action: () => Promise<void>;
  /** Where "Stay signed in" leads. */
  backHref: string;
};

export function SignOutScreen({ account, action, backHref }: SignOutScreenProps) {
  if (!account) {
    return (
      <AuthShell title="You're signed out" subtitle="There is no session in this browser.">
        <a href="/sign-in" className={buttonClasses("primary", "lg", true)}>
          Sign in
        </a>
      </AuthShell>
    );
  }
  return (
    <AuthShell
      title="Sign out?"
      subtitle="You will need to sign in again to use your account here."
    >
      <div className="space-y-6">
        <div className="flex items-center gap-3 rounded-xl border border-slate-200 bg-slate-50 p-4">
          <span
            aria-hidden="true"
            className="flex size-10 shrink-0 items-center justify-center rounded-full bg-brand-100 text-base font-semibold text-brand-700 uppercase"
          >
            {account.label.slice(0, 1)}
          </span>
          <div className="min-w-0 text-sm">
            <p className="text-slate-500">Signed in as</p>
            <p className="truncate font-medium text-slate-900">{account.label}</p>
            {account.detail ? <p className="truncate text-slate-500">{account.detail}</p> : null}
          </div>
        </div>
        <div className="space-y-3">
          <form action={action}>
            <Button type="submit" size="lg" fullWidth>
              Sign out
            </Button>
          </form>
          <a href={backHref} className={buttonClasses("secondary", "lg", true)}>
            Stay signed in
          </a>
        </div>
      </div>
    </AuthShell>
  );
}
