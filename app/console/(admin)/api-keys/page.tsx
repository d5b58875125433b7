import type { Metadata } from "next";
import Link from "next/link";
import { CreateApiKeyForm } from "@/components/console/CreateApiKeyForm";
import { PageHeader } from "@/components/console/PageHeader";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { linkClasses } from "@/components/ui/link";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";
import { listApiKeys } from "@/lib/api-keys/keys";
import { ConsolePage } from "../console-page";
import { createApiKeyAction, revokeApiKeyAction } from "./actions";

export const metadata: Metadata = { title: "API keys · Twofold console" };

const dateFormat = new Intl.DateTimeFormat("en", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

export default async function ApiKeysPage() {
  return (
    <ConsolePage section="api-keys">
      <ApiKeys />
    </ConsolePage>
  );
}

async function ApiKeys() {
  const keys = await listApiKeys();
  return (
    <>
      <PageHeader
        title="API keys"
        description={
          <>
            Keys let your backends call the Management API with{" "}
            <code className="font-mono">Authorization: Bearer &lt;key&gt;</code>. Read the{" "}
            <Link href="/console/api-docs" className={linkClasses}>
              API reference
            </Link>{" "}
            for every operation, or fetch the{" "}
            <a href="/api/openapi.json" className={linkClasses}>
              OpenAPI document
            </a>
            .
          </>
        }
      />
      <Card className="mb-6">
        <CreateApiKeyForm action={createApiKeyAction} />
      </Card>
      <Card padding="none">
        {keys.length === 0 ? (
          <EmptyState
            title="No API keys yet"
            description="Create a key above; it is shown once and stored only as a hash."
          />
        ) : (
          <Table>
            <THead>
              <tr>
                <Th>Name</Th>
                <Th>Key</Th>
                <Th>Access</Th>
                <Th>Created</Th>
                <Th>Last used</Th>
                <Th>
                  <span className="sr-only">Actions</span>
                </Th>
              </tr>
            </THead>
            <TBody>
              {keys.map((key) => (
                <Tr key={key.id}>
                  <Td className="font-medium text-slate-900">{key.name}</Td>
                  <Td className="font-mono text-xs">{key.prefix}…</Td>
                  <Td>
                    {key.scope === "read" ? (
                      <Badge>Read-only</Badge>
                    ) : (
                      <Badge tone="brand">Read-write</Badge>
                    )}
                  </Td>
                  <Td className="whitespace-nowrap">{dateFormat.format(key.createdAt)}</Td>
                  <Td className="whitespace-nowrap">
                    {key.lastUsedAt ? dateFormat.format(key.lastUsedAt) : "Never"}
                  </Td>
                  <Td className="text-right">
                    {key.revokedAt ? (
                      <Badge tone="danger">Revoked</Badge>
                    ) : (
                      <form action={revokeApiKeyAction}>
                        <input type="hidden" name="id" value={key.id} />
                        <Button
                          type="submit"
                          size="sm"
                          variant="danger"
                          aria-label={`Revoke ${key.name}`}
                        >
                          Revoke
                        </Button>
                      </form>
                    )}
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
    </>
  );
}
