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

function pathParameters(path: string) {
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: "path",
    required: true,
    schema: { type: "string" },
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

function operation(name: string, c: Contract) {
  const success = c.response
    ? {
        description: "OK",
        content: { "application/json": { schema: schema(c.response, "output") } },
      }
    : { description: c.status === 204 ? "No content" : "OK" };
  return {
    operationId: name,
    summary: c.summary,
    tags: [c.tag],
    ...(c.public ? { security: [] } : c.session ? { security: [{ sessionCookie: [] }] } : {}),
    parameters: [...pathParameters(c.path), ...queryParameters(c.query)],
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
};

export function openApiDocument({ contracts, serverUrl, sessionCookie }: DocumentOptions) {
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
        "Manage users and their multi-factor authentication with an API key (paths and shapes follow Logto's Management API), and — under My account — a signed-in user's own factors.",
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
      },
      schemas: { Error: schema(ErrorBody, "output") },
    },
    paths,
  };
}
