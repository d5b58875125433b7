// The OpenAPI 3.1 generator: a document from contracts' zod schemas, knowing no feature itself.
import { z } from "zod";
import { type ErrorCode, statusOf } from "@/lib/core/errors";
import type { Contract } from "./contract";
import { ErrorBody } from "./schemas";

type JsonSchema = Record<string, unknown>;

function schema(type: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(type, {
    io,
    unrepresentable: "any",
  }) as JsonSchema;
  return rest;
}

/** The path's `{name}` parameters, typed by the contract's params schema where it has one. */
function pathParameters(path: string, params: z.ZodType | undefined) {
  const json = params
    ? (schema(params, "input") as { properties?: Record<string, JsonSchema> })
    : undefined;
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name = ""]) => ({
    name,
    in: "path",
    required: true,
    schema: json?.properties?.[name] ?? { type: "string" },
  }));
}

function queryParameters(query: z.ZodType | undefined) {
  if (!query) return [];
  const json = schema(query, "input") as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: "query",
    required: json.required?.includes(name) ?? false,
    schema: s,
  }));
}

function errorResponses(codes: ErrorCode[]) {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes)
    byStatus.set(statusOf(code), [...(byStatus.get(statusOf(code)) ?? []), code]);
  return Object.fromEntries(
    [...byStatus].map(([status, list]) => [
      String(status),
      {
        description: list.join(", "),
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      },
    ]),
  );
}

const NO_BODY: Record<number, string> = { 204: "No content", 303: "See other (a redirect)" };

function security(c: Contract) {
  if (c.public) return { security: [] };
  if (c.session) return { security: [{ sessionCookie: [] }] };
  if (c.flow) return { security: [{ flowCookie: [] }] };
  return {};
}

function operation(name: string, c: Contract) {
  const success = c.response
    ? {
        description: "OK",
        content: { "application/json": { schema: schema(c.response, "output") } },
      }
    : { description: NO_BODY[c.status] ?? "OK" };
  return {
    operationId: name,
    summary: c.summary,
    ...(c.description ? { description: c.description } : {}),
    tags: [c.tag],
    ...security(c),
    parameters: [...pathParameters(c.path, c.params), ...queryParameters(c.query)],
    ...(c.input
      ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: schema(c.input, "input") } },
          },
        }
      : {}),
    responses: { [String(c.status)]: success, ...errorResponses(c.errors) },
  };
}

export type DocumentOptions = {
  /** Every operation, by operation id. */
  contracts: Record<string, Contract>;
  serverUrl: string;
  /** The cookie session-authenticated operations take. */
  sessionCookie: string;
  /** The cookie sign-in flow operations take. */
  flowCookie: string;
};

export function openApiDocument({
  contracts,
  serverUrl,
  sessionCookie,
  flowCookie,
}: DocumentOptions) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, contract] of Object.entries(contracts)) {
    paths[contract.path] ??= {};
    (paths[contract.path] as Record<string, unknown>)[contract.method] = operation(name, contract);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Twofold Management API",
      version: "1",
      description:
        "Manage users and their multi-factor authentication with an API key (paths and shapes follow Logto's Management API); under My account, a signed-in user's own factors; under Sign-in flow, the API the hosted sign-in pages use, for a custom sign-in UI.",
    },
    servers: [{ url: serverUrl }],
    security: [{ apiKey: [] }],
    components: {
      securitySchemes: {
        apiKey: {
          type: "http",
          scheme: "bearer",
          description: "An API key from the console or `npm run cli -- api-key create`.",
        },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: sessionCookie,
          description:
            "The session the hosted sign-in pages set (account endpoints). Writes must carry an Origin header equal to the public URL.",
        },
        flowCookie: {
          type: "apiKey",
          in: "cookie",
          name: flowCookie,
          description:
            "The sign-in flow PUT /api/experience starts (sign-in flow endpoints); identification replaces it with a new one. Writes must carry an Origin header equal to the public URL.",
        },
      },
      schemas: { Error: schema(ErrorBody, "output") },
    },
    paths,
  };
}
