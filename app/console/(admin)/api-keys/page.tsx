import type { Metadata } from "next";
import Link from "next/link";
import { CreateApiKeyForm } from "@/components/console/CreateApiKeyForm";
import { PageHeader } from "@/components/console/PageHeader";
import { ConfirmPanel, DANGER_LINK } from "@/components/console/users/ConfirmPanel";
import { Alert } from "@/components/ui/Alert";
import { Badge } from "@/components/ui/Badge";
import { Card } from "@/components/ui/Card";
import { cx } from "@/components/ui/cx";
import { EmptyState } from "@/components/ui/EmptyState";
import { linkClasses } from "@/components/ui/link";
import { Table, TBody, Td, THead, Th, Tr } from "@/components/ui/Table";
import { listApiKeys } from "@/lib/api-keys/keys";
import { ConsolePage } from "../console-page";
import { param, type Search } from "../search-params";
import { createApiKeyAction, revokeApiKeyAction } from "./actions";

export const metadata: Metadata = { title: "API keys · Twofold console" };

const dateFormat = new Intl.DateTimeFormat("en", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

const NOTICES: Record<string, string> = {
  revoked: "Key revoked. Requests that use it are now refused.",
  "already-revoked": "That key was already revoked.",
};

export default async function ApiKeysPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  return (
    <ConsolePage section="api-keys">
      <ApiKeys revoking={param(params, "revoke")} notice={NOTICES[param(params, "notice")]} />
    </ConsolePage>
  );
}

async function ApiKeys({ revoking, notice }: { revoking: string; notice?: string }) {
  const keys = await listApiKeys();
  const confirming = keys.find((key) => key.id === revoking && !key.revokedAt);
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
      {notice ? (
        <Alert tone="success" className="mb-4">
          {notice}
        </Alert>
      ) : null}
      {confirming ? (
        <ConfirmPanel
          id="confirm-revoke"
          className="mb-4"
          title={`Revoke the key "${confirming.name}"?`}
          action={revokeApiKeyAction}
          fields={{ id: confirming.id }}
          confirmLabel="Revoke key"
          cancelHref="/console/api-keys"
        >
          Backends that use it are refused from the next request. This cannot be undone; create a
          new key to replace it.
        </ConfirmPanel>
      ) : null}
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
                <Th className="hidden md:table-cell">Key</Th>
                <Th className="hidden sm:table-cell">Access</Th>
                <Th className="hidden md:table-cell">Created</Th>
                <Th className="hidden md:table-cell">Last used</Th>
                <Th>
                  <span className="sr-only">Actions</span>
                </Th>
              </tr>
            </THead>
            <TBody>
              {keys.map((key) => (
                <Tr key={key.id} className={cx(key.id === confirming?.id && "bg-red-50/60")}>
                  <Td>
                    <div className="font-medium break-all text-slate-900">{key.name}</div>
                    {/* Phones: the hidden columns, condensed under the name. */}
                    <div className="mt-0.5 space-y-0.5 text-slate-500 md:hidden">
                      <div>
                        <span className="font-mono text-xs">{key.prefix}…</span>
                        <span className="sm:hidden">
                          {" · "}
                          {key.scope === "read" ? "Read-only" : "Read-write"}
                        </span>
                      </div>
                      <div>
                        Last used {key.lastUsedAt ? dateFormat.format(key.lastUsedAt) : "never"}
                      </div>
                    </div>
                  </Td>
                  <Td className="hidden font-mono text-xs md:table-cell">{key.prefix}…</Td>
                  <Td className="hidden sm:table-cell">
                    {key.scope === "read" ? (
                      <Badge>Read-only</Badge>
                    ) : (
                      <Badge tone="brand">Read-write</Badge>
                    )}
                  </Td>
                  <Td className="hidden whitespace-nowrap md:table-cell">
                    {dateFormat.format(key.createdAt)}
                  </Td>
                  <Td className="hidden whitespace-nowrap md:table-cell">
                    {key.lastUsedAt ? dateFormat.format(key.lastUsedAt) : "Never"}
                  </Td>
                  <Td className="w-0 text-right">
                    {key.revokedAt ? (
                      <Badge tone="danger">Revoked</Badge>
                    ) : (
                      <Link
                        href={`/console/api-keys?${new URLSearchParams({ revoke: key.id })}`}
                        scroll={false}
                        aria-label={`Revoke ${key.name}`}
                        className={DANGER_LINK}
                      >
                        Revoke
                      </Link>
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
