// Calls Management API route handlers with a bearer key, and checks each success body against
// the contract's declared response schema.
import { expect } from "vitest";
import type { z } from "zod";
import type { Contract } from "@/lib/api/contract";
import { createApiKey } from "@/lib/api-keys/keys";
import { type CallOptions, type CallResult, TestClient } from "./client";

type Handler = Parameters<TestClient["call"]>[0];

export async function newKey(scope: "read" | "write" = "write") {
  const { key, apiKey } = await createApiKey({
    name: `test-${scope}`,
    scope,
    actor: { type: "system" },
  });
  return { key, id: apiKey.id };
}

export async function callApi(
  contract: Contract,
  handler: Handler,
  key: string | null,
  options: CallOptions & { path?: string } = {},
): Promise<CallResult> {
  const headers = { ...(key ? { authorization: `Bearer ${key}` } : {}), ...options.headers };
  const path = options.path ?? contract.path;
  const result = await new TestClient().call(handler, contract.method.toUpperCase(), path, {
    ...options,
    headers,
    origin: null,
  });
  if (result.status === contract.status && contract.response) {
    expect(() => (contract.response as z.ZodType).parse(result.body)).not.toThrow();
  }
  return result;
}
