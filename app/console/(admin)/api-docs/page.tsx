import type { Metadata } from "next";
import { ApiReferenceView } from "@/components/console/api-docs/ApiReferenceView";
import { PageHeader } from "@/components/console/PageHeader";
import { buttonClasses } from "@/components/ui/Button";
import { apiReference, exampleJson } from "@/lib/api/reference";
import { RATE_LIMIT } from "@/lib/api-keys/rate-limit";
import { AppError } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/input";
import { MAX_BODY_BYTES } from "@/lib/http/body";
import { apiDocument } from "@/lib/management/api-document";
import { PatchMfaSettingsInput } from "@/lib/management/schemas";
import { ConsolePage } from "../console-page";

export const metadata: Metadata = { title: "API reference · Twofold console" };

export default async function ApiDocsPage() {
  return (
    <ConsolePage section="api-docs">
      <ApiDocs />
    </ConsolePage>
  );
}

/** What the API answers to a body that fails its schema, produced by the real validator. */
function invalidInputExample(): string {
  try {
    parseInput(PatchMfaSettingsInput, { required: "yes" });
  } catch (error) {
    if (error instanceof AppError) return exampleJson(error.toJSON());
  }
  throw new Error("The example body unexpectedly passed validation");
}

function ApiDocs() {
  // The same generator that serves /api/openapi.json, so the page cannot drift from it.
  const reference = apiReference(apiDocument());
  return (
    <>
      <PageHeader
        title="API reference"
        description="Three APIs, one document: the Management API lets your backends manage users, their multi-factor authentication and the sign-in experience (paths and shapes follow Logto's); the My account API serves a signed-in user's own security settings; the Sign-in flow API runs sign-in and MFA for a custom UI."
        actions={
          <a href="/api/openapi.json" className={buttonClasses("secondary", "sm")}>
            OpenAPI JSON
          </a>
        }
      />
      <ApiReferenceView
        reference={reference}
        errorExample={invalidInputExample()}
        rateLimit={RATE_LIMIT}
        maxBodyBytes={MAX_BODY_BYTES}
      />
    </>
  );
}
