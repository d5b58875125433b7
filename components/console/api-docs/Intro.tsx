import Link from "next/link";
import type { ReactNode } from "react";
import type { SchemaBody } from "@/lib/api/reference";
import { Card } from "../../ui/Card";
import { linkClasses } from "../../ui/link";
import { CodeBlock } from "./CodeBlock";
import { SchemaBodyView } from "./SchemaBodyView";

export type IntroProps = {
  baseUrl: string;
  errorBody?: SchemaBody;
  /** An error answer as the API writes it, shown as the example. */
  errorExample: string;
  rateLimit: { requests: number; windowSeconds: number };
  maxBodyBytes: number;
};

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-28 xl:scroll-mt-8">
      <Card className="space-y-3 text-sm leading-relaxed text-slate-700">
        <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
          {title}
        </h2>
        {children}
      </Card>
    </section>
  );
}

const code = "rounded bg-slate-100 px-1 py-0.5 font-mono text-[13px] text-slate-900";

export function Intro({ baseUrl, errorBody, errorExample, rateLimit, maxBodyBytes }: IntroProps) {
  const perMinute = rateLimit.windowSeconds === 60;
  return (
    <div className="space-y-4">
      <Section id="base-url" title="Base URL">
        <p>
          Every path below is relative to this service&rsquo;s public URL, set by{" "}
          <code className={code}>TWOFOLD_PUBLIC_URL</code>:
        </p>
        <p>
          <code className={`${code} break-all`}>{baseUrl}</code>
        </p>
        <p>
          Requests and responses are JSON. The machine-readable{" "}
          <a href="/api/openapi.json" className={linkClasses}>
            OpenAPI 3.1 document
          </a>{" "}
          describes the same operations for code generators and API clients; this page is rendered
          from it.
        </p>
      </Section>

      <Section id="authentication" title="Authentication">
        <p>
          Send an API key in the <code className={code}>Authorization</code> header of every
          request:
        </p>
        <CodeBlock title="Header" code="Authorization: Bearer <key>" />
        <p>
          Create keys on the{" "}
          <Link href="/console/api-keys" className={linkClasses}>
            API keys
          </Link>{" "}
          page. A <strong className="font-semibold">read-write</strong> key may call every
          operation; a <strong className="font-semibold">read-only</strong> key may only call{" "}
          <code className={code}>GET</code> operations. The examples read the key from{" "}
          <code className={code}>$TWOFOLD_API_KEY</code>.
        </p>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            A missing, wrong or revoked key gets <code className={code}>401</code>{" "}
            <code className={code}>auth.unauthorized</code>.
          </li>
          <li>
            A read-only key that writes gets <code className={code}>403</code>{" "}
            <code className={code}>auth.forbidden</code>.
          </li>
          <li>
            Each key may make {rateLimit.requests} requests{" "}
            {perMinute ? "a minute" : `every ${rateLimit.windowSeconds} seconds`}; beyond that the
            answer is <code className={code}>429</code>{" "}
            <code className={code}>guard.too_many_requests</code> with a{" "}
            <code className={code}>Retry-After</code> header giving the seconds to wait.
          </li>
        </ul>
        <p>
          The <strong className="font-semibold">My account</strong> operations are different: they
          serve the hosted account page and act for the signed-in user, so they take that user's
          session cookie instead of a key, and every write must carry an{" "}
          <code className={code}>Origin</code> header equal to the base URL. Adding, replacing or
          removing a factor also needs the user to have confirmed their identity (password, plus one
          of their methods) in the last 10 minutes; otherwise the answer is{" "}
          <code className={code}>403</code>{" "}
          <code className={code}>account.reverification_required</code>.
        </p>
        <p>
          The <strong className="font-semibold">Sign-in flow</strong> operations are the API the
          hosted sign-in pages use, for a custom sign-in UI in the browser. They take no key either:{" "}
          <code className={code}>PUT /api/experience</code> starts a flow and sets its cookie, each
          step reads it, identification replaces it with a new one, and every write must carry the
          same <code className={code}>Origin</code> header. The flow ends at{" "}
          <code className={code}>GET /api/experience/complete</code>, which sets the session cookie
          and redirects.
        </p>
      </Section>

      <Section id="errors" title="Errors">
        <p>
          Every error answers with the status listed for it and a JSON body. Branch on{" "}
          <code className={code}>code</code>, which is stable; <code className={code}>message</code>{" "}
          is for people and may change.
        </p>
        {errorBody ? <SchemaBodyView body={errorBody} label="Error body" /> : null}
        <p>
          A body that does not match its schema gets <code className={code}>400</code>{" "}
          <code className={code}>guard.invalid_input</code> with the failing paths in{" "}
          <code className={code}>data.issues</code>, as below; a body over {maxBodyBytes / 1024} KiB
          gets <code className={code}>413</code>{" "}
          <code className={code}>guard.payload_too_large</code>.
        </p>
        <CodeBlock title="Example error body" code={errorExample} />
      </Section>
    </div>
  );
}
