import type { SchemaBody } from "@/lib/api/reference";
import { FieldTable } from "./FieldTable";

/** A request or response body: its field table, or one table per alternative of a union. */
export function SchemaBodyView({
  body,
  label,
  request = false,
}: {
  body: SchemaBody;
  label: string;
  /** Request bodies say that unknown fields are refused. */
  request?: boolean;
}) {
  if (body.variants.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        {body.array ? "A list of " : "A "}
        <code className="font-mono text-[13px]">{body.type}</code>
        {body.array ? " values." : " value."}
      </p>
    );
  }
  const shapes = body.variants.length;
  const intro = body.array
    ? shapes > 1
      ? `A JSON array; each item is one of ${shapes} shapes:`
      : "A JSON array of objects with these fields:"
    : shapes > 1
      ? `One of ${shapes} shapes:`
      : null;
  return (
    <div className="space-y-3">
      {intro ? <p className="text-sm text-slate-600">{intro}</p> : null}
      {body.variants.map((variant) => (
        <div key={variant.label ?? "fields"} className="space-y-2">
          {variant.label ? (
            <p className="text-sm font-medium text-slate-700">
              With <code className="font-mono text-[13px]">{variant.label}</code>
            </p>
          ) : null}
          <FieldTable
            rows={variant.rows}
            label={variant.label ? `${label} with ${variant.label}` : label}
          />
        </div>
      ))}
      {request && body.strict ? (
        <p className="text-xs text-slate-500">
          Unknown fields are refused with 400 <code className="font-mono">guard.invalid_input</code>
          .
        </p>
      ) : null}
    </div>
  );
}
