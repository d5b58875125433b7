import type { Metadata } from "next";
import Link from "next/link";
import { CreateApplicationForm } from "@/components/console/applications/CreateApplicationForm";
import { PageHeader } from "@/components/console/PageHeader";
import { Alert } from "@/components/ui/Alert";
import { Badge } from "@/components/ui/Badge";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { linkClasses } from "@/components/ui/link";
import { Table, TBody, Td, THead, Th, Tr } from "@/components/ui/Table";
import { listApplications } from "@/lib/applications/find-applications";
import { ConsolePage } from "../console-page";
import { param, type Search } from "../search-params";
import { createApplicationAction } from "./actions";

export const metadata: Metadata = { title: "Applications · Twofold console" };

export default async function ApplicationsPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const apps = await listApplications();
  return (
    <ConsolePage section="applications">
      <PageHeader
        title="Applications"
        description="Apps that sign users in through Twofold with OpenID Connect, with the sign-in experience and MFA policy you set here."
      />
      <Card className="mb-6">
        <CreateApplicationForm action={createApplicationAction} />
      </Card>
      {param(params, "notice") === "deleted" ? (
        <Alert tone="success" className="mb-4">
          Application deleted. Its tokens no longer work.
        </Alert>
      ) : null}
      <Card padding="none">
        {apps.length === 0 ? (
          <EmptyState title="No applications yet" description="Register your first app above." />
        ) : (
          <Table>
            <THead>
              <tr>
                <Th>Name</Th>
                <Th>Type</Th>
                <Th>Client id</Th>
                <Th>MFA</Th>
              </tr>
            </THead>
            <TBody>
              {apps.map((app) => (
                <Tr key={app.id}>
                  <Td className="font-medium">
                    <Link href={`/console/applications/${app.id}`} className={linkClasses}>
                      {app.name}
                    </Link>
                  </Td>
                  <Td>{app.type}</Td>
                  <Td className="font-mono text-xs">{app.id}</Td>
                  <Td>{app.requireMfa ? <Badge tone="brand">Required</Badge> : "Policy"}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
    </ConsolePage>
  );
}
