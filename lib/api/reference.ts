// Turns the generated OpenAPI document into what the console's API reference page renders:
// operations grouped by tag, JSON schemas flattened into field rows, documented error codes with
// their status, and an example curl built from the schemas. Pure: no I/O, no config.
import { errorMessage } from "@/lib/core/errors";
import {
  constraintNotes,
  exampleValue,
  type FieldRow,
  type JsonSchema,
  type Resolve,
  type SchemaBody,
  schemaBody,
  typeLabel,
} from "./schema-fields";

export type { FieldRow, SchemaBody, SchemaVariant } from "./schema-fields";

type Parameter = { name: string; in: string; required?: boolean; schema?: JsonSchema };
type Content = { content?: Record<string, { schema?: JsonSchema }> };
type OperationObject = {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: Parameter[];
  requestBody?: Content;
  responses?: Record<string, Content & { description?: string }>;
};

/** The parts of the document (lib/management/openapi.ts) that the reference reads. */
export type OpenApiDocument = {
  servers?: { url: string }[];
  paths: Record<string, Record<string, unknown>>;
  components?: {
    schemas?: Record<string, unknown>;
    securitySchemes?: Record<string, { type?: string; name?: string }>;
  };
};

export type ErrorRow = { status: number; code: string; message: string };

export type Operation = {
  id: string;
  method: string;
  path: string;
  summary: string;
  description?: string;
  /** Public operations take no API key. */
  public: boolean;
  /** Account operations take the signed-in user's session cookie instead of an API key. */
  session: boolean;
  /** Sign-in flow operations take the flow cookie instead of an API key. */
  flow: boolean;
  pathParams: FieldRow[];
  queryParams: FieldRow[];
  body?: SchemaBody;
  success: { status: number; description: string; body?: SchemaBody };
  errors: ErrorRow[];
  curl: string;
};

export type OperationGroup = { tag: string; id: string; operations: Operation[] };

export type ApiReference = { baseUrl: string; groups: OperationGroup[]; errorBody?: SchemaBody };

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function resolver(doc: OpenApiDocument) {
  const schemas = (doc.components?.schemas ?? {}) as Record<string, JsonSchema>;
  return (s: JsonSchema) => {
    const name = s.$ref?.match(/^#\/components\/schemas\/(.+)$/)?.[1];
    return name && schemas[name] ? schemas[name] : s;
  };
}

/** JSON for an example: one line when short, else indented with lists of scalars kept inline. */
export function exampleJson(value: unknown): string {
  const compact = JSON.stringify(value);
  if (compact.length <= 60) return compact;
  return JSON.stringify(value, null, 2).replace(
    /\[\s+([^[\]{}]*?)\s+\]/g,
    (_, inner: string) => `[${inner.split(/,\s+/).join(", ")}]`,
  );
}

const REASONS: Record<number, string> = {
  200: "OK",
  201: "Created",
  204: "No Content",
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  413: "Content Too Large",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
};

/** "201 Created": the status with its standard reason phrase. */
export function statusText(status: number): string {
  return REASONS[status] ? `${status} ${REASONS[status]}` : String(status);
}

const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

export type CurlAuth = "none" | "apiKey" | "session" | "flow";

/** The cookie names the document's security schemes give, for cookie-borne examples. */
export type CookieNames = { session: string; flow: string };

const DEFAULT_COOKIES: CookieNames = { session: "next-auth.session-token", flow: "twofold_flow" };

export function curlExample(
  method: string,
  url: string,
  options: { auth: CurlAuth; body?: unknown; cookies?: CookieNames },
): string {
  const cookies = options.cookies ?? DEFAULT_COOKIES;
  const lines = [`curl${method === "get" ? "" : ` -X ${method.toUpperCase()}`} "${url}"`];
  if (options.auth === "apiKey") lines.push(`-H "Authorization: Bearer $TWOFOLD_API_KEY"`);
  if (options.auth === "session" || options.auth === "flow") {
    lines.push(
      options.auth === "session"
        ? `-H "Cookie: ${cookies.session}=$SESSION_TOKEN"`
        : `-H "Cookie: ${cookies.flow}=$FLOW_TOKEN"`,
    );
    // Cookie-borne writes must come from the site itself.
    if (method !== "get") lines.push(`-H "Origin: ${new URL(url).origin}"`);
  }
  if (options.body !== undefined) {
    lines.push(`-H "Content-Type: application/json"`);
    lines.push(`-d ${shellQuote(exampleJson(options.body))}`);
  }
  return lines.join(" \\\n  ");
}

function exampleUrl(baseUrl: string, path: string, query: FieldRow[], values: unknown[]) {
  const withParams = path.replace(/\{(\w+)\}/g, "<$1>");
  const search = new URLSearchParams(query.map((q, i) => [q.path, String(values[i])]));
  const qs = search.toString();
  return `${baseUrl.replace(/\/$/, "")}${withParams}${qs ? `?${qs}` : ""}`;
}

function jsonSchemaOf(content: Content | undefined): JsonSchema | undefined {
  return content?.content?.["application/json"]?.schema;
}

function parameterRows(params: Parameter[], where: "path" | "query"): FieldRow[] {
  return params
    .filter((p) => p.in === where)
    .map((p) => ({
      path: p.name,
      depth: 0,
      type: typeLabel(p.schema ?? {}),
      required: p.required ?? false,
      notes: constraintNotes(p.schema ?? {}),
      ...(p.schema?.description ? { description: p.schema.description } : {}),
    }));
}

function errorRows(
  responses: Record<string, Content & { description?: string }>,
  resolve: Resolve,
) {
  const errorSchema = resolve({ $ref: "#/components/schemas/Error" });
  return Object.entries(responses)
    .filter(([status]) => Number(status) >= 400)
    .flatMap(([status, response]) => {
      // openapi.ts lists an error response's codes in its description: "a.b, c.d".
      const codes = (response.description ?? "").split(/,\s*/).filter((c) => /^[\w.]+$/.test(c));
      const schema = jsonSchemaOf(response);
      const isErrorBody = schema && resolve(schema) === errorSchema;
      return codes.length > 0 && isErrorBody
        ? codes.map((code) => ({ status: Number(status), code, message: errorMessage(code) }))
        : [{ status: Number(status), code: "", message: response.description ?? "" }];
    })
    .sort((a, b) => a.status - b.status);
}

const requires = (op: OperationObject, scheme: string) =>
  Array.isArray(op.security) &&
  op.security.some((req) => typeof req === "object" && req !== null && scheme in req);

type Site = { baseUrl: string; resolve: Resolve; cookies: CookieNames };

function operation(path: string, method: string, op: OperationObject, site: Site): Operation {
  const { baseUrl, resolve } = site;
  const params = op.parameters ?? [];
  const queryParams = parameterRows(params, "query");
  const querySchemas = params.filter((p) => p.in === "query").map((p) => p.schema ?? {});
  const bodySchema = jsonSchemaOf(op.requestBody);
  const responses = op.responses ?? {};
  const [status, response] = Object.entries(responses).find(([s]) => Number(s) < 400) ?? [];
  const successSchema = jsonSchemaOf(response);
  const isPublic = Array.isArray(op.security) && op.security.length === 0;
  const isSession = requires(op, "sessionCookie");
  const isFlow = requires(op, "flowCookie");
  return {
    id: op.operationId ?? slug(`${method} ${path}`),
    method,
    path,
    summary: op.summary ?? `${method.toUpperCase()} ${path}`,
    ...(op.description ? { description: op.description } : {}),
    public: isPublic,
    session: isSession,
    flow: isFlow,
    pathParams: parameterRows(params, "path"),
    queryParams,
    ...(bodySchema ? { body: schemaBody(bodySchema, resolve) } : {}),
    success: {
      status: Number(status ?? 200),
      description: response?.description ?? "OK",
      ...(successSchema ? { body: schemaBody(successSchema, resolve) } : {}),
    },
    errors: errorRows(responses, resolve),
    curl: curlExample(
      method,
      exampleUrl(
        baseUrl,
        path,
        queryParams,
        querySchemas.map((s) => exampleValue(s, resolve)),
      ),
      {
        auth: isPublic ? "none" : isSession ? "session" : isFlow ? "flow" : "apiKey",
        cookies: site.cookies,
        ...(bodySchema ? { body: exampleValue(bodySchema, resolve) } : {}),
      },
    ),
  };
}

/** The page's model of the document: operations grouped by tag, in the document's order. */
export function apiReference(doc: OpenApiDocument): ApiReference {
  const resolve = resolver(doc);
  const baseUrl = doc.servers?.[0]?.url ?? "";
  const schemes = doc.components?.securitySchemes ?? {};
  const cookies: CookieNames = {
    session: schemes.sessionCookie?.name ?? DEFAULT_COOKIES.session,
    flow: schemes.flowCookie?.name ?? DEFAULT_COOKIES.flow,
  };
  const groups = new Map<string, OperationGroup>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      // openapi.ts builds every operation in this shape.
      const op = item[method] as OperationObject | undefined;
      if (!op) continue;
      const tag = op.tags?.[0] ?? "Other";
      const group = groups.get(tag) ?? { tag, id: `tag-${slug(tag)}`, operations: [] };
      group.operations.push(operation(path, method, op, { baseUrl, resolve, cookies }));
      groups.set(tag, group);
    }
  }
  const errorSchema = doc.components?.schemas?.Error as JsonSchema | undefined;
  return {
    baseUrl,
    groups: [...groups.values()],
    ...(errorSchema ? { errorBody: schemaBody(errorSchema, resolve) } : {}),
  };
}
