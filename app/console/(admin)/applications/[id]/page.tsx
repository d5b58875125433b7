import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import {
  EditApplicationForm,
  RotateSecretForm,
} from "@/components/console/applications/ApplicationForms";
import { CopyValue } from "@/components/console/applications/CopyValue";
import { PageHeader } from "@/components/console/PageHeader";
import { ConfirmPanel, DANGER_LINK } from "@/components/console/users/ConfirmPanel";
import { Alert } from "@/components/ui/Alert";
import { Card } from "@/components/ui/Card";
import { getApplication } from "@/lib/applications/find-applications";
import { getConfig } from "@/lib/config";
import { AppError } from "@/lib/core/errors";
import { ConsolePage } from "../../console-page";
import { param, type Search } from "../../search-params";
import { deleteApplicationAction, rotateSecretAction, updateApplicationAction } from "../actions";

export const metadata: Metadata = { title: "Application · Twofold console" };

type Params = Promise<{ id: string }>;

async function load(id: string) {
  try {
    return await getApplication(id);
  } catch (error) {
    if (error instanceof AppError && error.code === "entity.not_found") notFound();
    throw error;
  }
}

export default async function ApplicationPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Search;
}) {
  const { id } = await params;
  const query = await searchParams;
  const app = await load(id);
  const issuer = `${getConfig().origin}/oidc`;
  const path = `/console/applications/${app.id}`;
  return (
    <ConsolePage section="applications" path={path}>
      <PageHeader
        title={app.name}
        description={`${app.type} app${app.type === "Traditional" ? " with a client secret" : ": a public client, PKCE required"}.`}
      />
      <p className="mb-4 text-sm">
        <Link href="/console/applications" className="text-brand-700 hover:underline">
          ← All applications
        </Link>
      </p>
      {param(query, "notice") === "saved" ? (
        <Alert tone="success" className="mb-4">
          Saved. The change applies from the next sign-in.
        </Alert>
      ) : null}
      <div className="space-y-6">
        <Card>
          <h2 className="mb-3 text-base font-semibold text-slate-900">Connect your app</h2>
          <dl className="space-y-3 text-sm">
            <div>
              <dt className="mb-1 text-slate-500">Client id</dt>
              <dd>
                <CopyValue value={app.id} label="Client id" />
              </dd>
            </div>
            <div>
              <dt className="mb-1 text-slate-500">Issuer</dt>
              <dd>
                <CopyValue value={issuer} label="Issuer" />
              </dd>
            </div>
            <div>
              <dt className="mb-1 text-slate-500">Discovery URL</dt>
              <dd>
                <CopyValue
                  value={`${issuer}/.well-known/openid-configuration`}
                  label="Discovery URL"
                />
              </dd>
            </div>
          </dl>
        </Card>
        <Card>
          <h2 className="mb-3 text-base font-semibold text-slate-900">Settings</h2>
          <EditApplicationForm
            action={updateApplicationAction}
            id={app.id}
            redirectUris={app.oidcClientMetadata.redirectUris}
            postLogoutRedirectUris={app.oidcClientMetadata.postLogoutRedirectUris}
            requireMfa={app.requireMfa}
          />
        </Card>
        {app.type === "Traditional" ? (
          <Card>
            <h2 className="mb-3 text-base font-semibold text-slate-900">Client secret</h2>
            <RotateSecretForm action={rotateSecretAction} id={app.id} />
          </Card>
        ) : null}
        {param(query, "delete") === "1" ? (
          <ConfirmPanel
            id="confirm-delete"
            title={`Delete "${app.name}"?`}
            action={deleteApplicationAction}
            fields={{ id: app.id }}
            confirmLabel="Delete application"
            cancelHref={path}
          >
            Its users can no longer sign in to it, and every token it holds stops working.
          </ConfirmPanel>
        ) : (
          <Link href={`${path}?delete=1`} scroll={false} className={DANGER_LINK}>
            Delete application
          </Link>
        )}
      </div>
    </ConsolePage>
  );
}
