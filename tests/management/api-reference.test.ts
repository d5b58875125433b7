// The console's API reference is rendered from the generated OpenAPI document: every operation
// appears, with its documented errors, and its example request is one the API would accept.
import { describe, expect, it } from "vitest";
import type { Contract } from "@/lib/api/contract";
import { apiReference } from "@/lib/api/reference";
import { statusOf } from "@/lib/core/errors";
import { apiContracts, apiDocument } from "@/lib/management/api-document";
import { TEST_PUBLIC_URL } from "../setup/env";

const doc = apiDocument();
const reference = apiReference(doc);
const operations = reference.groups.flatMap((g) => g.operations);
const byId = apiContracts as Record<string, Contract>;

/** The JSON after `-d '…'` in a curl example. */
function curlBody(curl: string): unknown {
  const match = curl.match(/-d '([\s\S]*)'$/);
  return match ? JSON.parse(match[1] ?? "") : undefined;
}

describe("apiReference", () => {
  it("lists every operation of the document once, grouped by its tag", () => {
    const documented = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method} ${path}`),
    );
    expect(operations.map((op) => `${op.method} ${op.path}`).sort()).toEqual(documented.sort());
    for (const group of reference.groups) {
      for (const op of group.operations) expect(byId[op.id]?.tag).toBe(group.tag);
    }
    expect(reference.baseUrl).toBe(TEST_PUBLIC_URL);
  });

  it("lists each operation's error codes with their status", () => {
    for (const op of operations) {
      const contract = byId[op.id];
      expect(op.errors.map((e) => [e.code, e.status]).sort()).toEqual(
        (contract?.errors ?? []).map((code) => [code, statusOf(code)]).sort(),
      );
      expect(op.success.status).toBe(contract?.status);
    }
  });

  it("gives each operation an example request the API accepts", () => {
    for (const op of operations) {
      const contract = byId[op.id];
      expect(op.curl).toContain(`"${TEST_PUBLIC_URL}${op.path.replace(/\{(\w+)\}/g, "<$1>")}`);
      const apiKey = !contract?.public && !contract?.session && !contract?.flow;
      expect(op.curl.includes("Authorization: Bearer"), op.id).toBe(apiKey);
      expect(op.curl.includes("Cookie: next-auth.session-token="), op.id).toBe(
        contract?.session === true,
      );
      expect(op.curl.includes("Cookie: twofold_flow="), op.id).toBe(contract?.flow === true);
      const body = curlBody(op.curl);
      expect(body !== undefined, op.id).toBe(contract?.input !== undefined);
      if (contract?.input) expect(contract.input.safeParse(body).success, op.id).toBe(true);
      if (contract?.query) {
        const query = new URL(op.curl.match(/"(http[^"]+)"/)?.[1] ?? "").searchParams;
        expect(contract.query.safeParse(Object.fromEntries(query)).success, op.id).toBe(true);
      }
    }
  });

  it("describes the error body and nested request fields as rows", () => {
    expect(reference.errorBody?.variants[0]?.rows.map((r) => [r.path, r.required])).toEqual([
      ["code", true],
      ["message", true],
      ["data", false],
    ]);
    const patch = operations.find((op) => op.id === "updateSignInExp");
    expect(patch?.body?.variants[0]?.rows.map((r) => r.path)).toEqual([
      "mfa",
      "mfa.factors",
      "mfa.policy",
      "sentinelPolicy",
      "sentinelPolicy.maxAttempts",
      "sentinelPolicy.lockoutDuration",
      "trustedDevice",
      "trustedDevice.enabled",
      "trustedDevice.days",
      "passkeySignIn",
      "passkeySignIn.enabled",
      "branding",
      "branding.productName",
      "branding.logoUrl",
      "branding.primaryColor",
      "branding.darkMode",
    ]);
  });
});
