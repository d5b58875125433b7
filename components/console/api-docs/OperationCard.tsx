import type { ReactNode } from "react";
import type { Operation } from "@/lib/api/reference";
import { statusText } from "@/lib/api/reference";
import { Badge } from "../../ui/Badge";
import { Card } from "../../ui/Card";
import { Breakable } from "./Breakable";
import { CodeBlock } from "./CodeBlock";
import { ErrorTable } from "./ErrorTable";
import { FieldTable } from "./FieldTable";
import { MethodBadge } from "./MethodBadge";
import { SchemaBodyView } from "./SchemaBodyView";

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-2.5">
      <h4 className="text-sm font-semibold text-slate-900">{title}</h4>
      {children}
    </section>
  );
}

/** One operation: method and path, parameters, body, response, errors and an example. */
export function OperationCard({ op }: { op: Operation }) {
  const name = `${op.method.toUpperCase()} ${op.path}`;
  return (
    <article id={`op-${op.id}`} aria-label={name} className="scroll-mt-28 xl:scroll-mt-8">
      <Card padding="none">
        <header className="space-y-2 border-b border-slate-200 px-4 py-4 sm:px-5">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
            <MethodBadge method={op.method} />
            <code className="min-w-0 font-mono text-sm font-medium [overflow-wrap:anywhere] text-slate-900">
              {op.path.split(/(\{\w+\})/).map((part, i) =>
                part.startsWith("{") ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the path's parts never reorder
                  <span key={i} className="text-brand-700">
                    {part}
                  </span>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the path's parts never reorder
                  <Breakable key={i} text={part} />
                ),
              )}
            </code>
          </div>
          <h3 className="text-base font-semibold text-slate-900">{op.summary}</h3>
          {op.description ? <p className="text-sm text-slate-600">{op.description}</p> : null}
          {op.public ? <Badge tone="success">No API key needed</Badge> : null}
          {op.session ? <Badge tone="brand">Signed-in session</Badge> : null}
          {op.flow ? <Badge tone="brand">Sign-in flow cookie</Badge> : null}
        </header>
        <div className="space-y-6 px-4 py-5 sm:px-5">
          {op.pathParams.length > 0 ? (
            <Part title="Path parameters">
              <FieldTable rows={op.pathParams} label={`${name} path parameters`} />
            </Part>
          ) : null}
          {op.queryParams.length > 0 ? (
            <Part title="Query parameters">
              <FieldTable rows={op.queryParams} label={`${name} query parameters`} />
            </Part>
          ) : null}
          {op.body ? (
            <Part title="Request body">
              <SchemaBodyView body={op.body} label={`${name} request body`} request />
            </Part>
          ) : null}
          <Part title="Response">
            <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
              <Badge tone="success">{statusText(op.success.status)}</Badge>
              {op.success.body ? null : op.success.status === 204 ? "No body." : null}
            </p>
            {op.success.body ? (
              <SchemaBodyView body={op.success.body} label={`${name} response body`} />
            ) : null}
          </Part>
          {op.errors.length > 0 ? (
            <Part title="Errors">
              <ErrorTable errors={op.errors} label={`${name} errors`} />
            </Part>
          ) : null}
          <CodeBlock title="Example request" code={op.curl} />
        </div>
      </Card>
    </article>
  );
}
