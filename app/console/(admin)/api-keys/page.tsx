import type { Metadata } from "next";
import { PageHeader } from "@/components/console/PageHeader";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { ConsolePage } from "../console-page";

export const metadata: Metadata = { title: "API keys · Twofold console" };

export default function ApiKeysPage() {
  return (
    <ConsolePage section="api-keys">
      <PageHeader title="API keys" description="Keys let your backends call the Management API." />
      <Card padding="none">
        <EmptyState
          title="No API keys"
          description="The Management API is not available in this version yet, so there are no keys to create."
        />
      </Card>
    </ConsolePage>
  );
}
