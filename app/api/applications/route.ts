import { managementRoute } from "@/lib/api/route";
import { createApplication } from "@/lib/applications/create-application";
import { listApplications } from "@/lib/applications/find-applications";
import { contracts } from "@/lib/management/contracts";

export const GET = managementRoute(contracts.listApplications, async () => listApplications());

export const POST = managementRoute(contracts.createApplication, async ({ input, apiKey, meta }) =>
  createApplication({
    name: input.name,
    type: input.type,
    redirectUris: input.oidcClientMetadata.redirectUris,
    postLogoutRedirectUris: input.oidcClientMetadata.postLogoutRedirectUris,
    requireMfa: input.requireMfa,
    actor: { type: "api_key", id: apiKey.id },
    meta,
  }),
);
