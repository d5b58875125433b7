import type { Metadata } from "next";
import { PageHeader } from "@/components/console/PageHeader";
import { BackLink } from "@/components/console/users/BackLink";
import { CreateUserForm } from "@/components/console/users/CreateUserForm";
import { Card } from "@/components/ui/Card";
import { ConsolePage } from "../../console-page";
import { createUserAction } from "./actions";

export const metadata: Metadata = { title: "Create user · Twofold console" };

export default function NewUserPage() {
  return (
    <ConsolePage section="users" path="/console/users/new">
      <BackLink href="/console/users">Users</BackLink>
      <PageHeader
        title="Create user"
        description="Add someone by username, email or both. They sign in on the hosted pages, and set up 2-step verification there when your policy asks for it."
      />
      <Card className="max-w-2xl">
        <CreateUserForm action={createUserAction} />
      </Card>
    </ConsolePage>
  );
}
