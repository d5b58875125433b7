// The demo app's one page: sign in three ways (password, with MFA, with a passkey), and once
// signed in, who the user is, the amr and acr Twofold vouched for, and the decoded ID token.
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { Alert } from "@/components/ui/Alert";
import { Button, buttonClasses } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { type DemoSession, SESSION_COOKIE, unseal } from "./_lib/relying-party";

export const metadata: Metadata = { title: "Demo app · Twofold" };
export const dynamic = "force-dynamic";

type Search = Promise<Record<string, string | string[] | undefined>>;

const list = (value: unknown) => (Array.isArray(value) ? value.join(" ") : String(value ?? "—"));

export default async function DemoPage({ searchParams }: { searchParams: Search }) {
  const session = unseal<DemoSession>((await cookies()).get(SESSION_COOKIE)?.value);
  const { error } = await searchParams;
  const claims = session?.claims;
  return (
    <main className="mx-auto max-w-2xl space-y-5 px-4 py-10">
      <header>
        <p className="text-sm font-medium text-brand-700">Demo app</p>
        <h1 className="text-2xl font-semibold text-slate-900">Sign in with Twofold</h1>
        <p className="mt-1 text-sm text-slate-600">
          An app of its own that signs users in through Twofold with OpenID Connect, exactly as your
          app would.
        </p>
      </header>
      {error ? (
        <Alert tone="error" title="Sign-in did not finish">
          {String(error)}
        </Alert>
      ) : null}
      {claims ? (
        <Card>
          <h2 className="text-lg font-semibold text-slate-900" data-testid="demo-user">
            Signed in as {String(claims.preferred_username ?? claims.email ?? claims.sub)}
          </h2>
          <dl className="mt-4 grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
            <dt className="text-slate-500">User id</dt>
            <dd className="font-mono text-slate-900">{String(claims.sub)}</dd>
            <dt className="text-slate-500">amr</dt>
            <dd className="font-mono text-slate-900" data-testid="demo-amr">
              {list(claims.amr)}
            </dd>
            <dt className="text-slate-500">acr</dt>
            <dd className="font-mono text-slate-900" data-testid="demo-acr">
              {String(claims.acr ?? "—")}
            </dd>
          </dl>
          <h3 className="mt-5 text-sm font-medium text-slate-700">ID token claims</h3>
          <pre className="mt-2 overflow-x-auto rounded-lg bg-slate-900 p-4 text-xs text-slate-100">
            {JSON.stringify(claims, null, 2)}
          </pre>
          <form method="post" action="/demo/sign-out" className="mt-5">
            <Button type="submit" variant="secondary">
              Sign out
            </Button>
          </form>
        </Card>
      ) : (
        <Card>
          <p className="text-sm text-slate-600">Choose how the app asks Twofold to sign you in.</p>
          <div className="mt-4 flex flex-wrap gap-3">
            <a className={buttonClasses("primary")} href="/demo/sign-in">
              Sign in
            </a>
            <a className={buttonClasses("secondary")} href="/demo/sign-in?level=mfa">
              Sign in with MFA
            </a>
            <a className={buttonClasses("secondary")} href="/demo/sign-in?level=phr">
              Sign in with a passkey
            </a>
          </div>
        </Card>
      )}
    </main>
  );
}
