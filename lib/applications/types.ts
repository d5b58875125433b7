// Application types and the zod schemas of the Applications Management API (Logto-compatible
// shapes: oidcClientMetadata holds the redirect URIs; the secret appears only when issued).
import { z } from "zod";
import { isoDate, PathId } from "@/lib/api/schemas";

export const ApplicationTypeSchema = z
  .enum(["Traditional", "SPA", "Native"])
  .describe(
    "Traditional: a server-side app with a client secret. SPA and Native: public clients, PKCE required.",
  );
export type ApplicationType = z.output<typeof ApplicationTypeSchema>;

const UriList = z.array(z.string().max(2048)).max(20);

export const OidcClientMetadataInput = z.strictObject({
  redirectUris: UriList.describe(
    "Exact callback URLs: https, or http for localhost/127.0.0.1; custom schemes for Native apps.",
  ),
  postLogoutRedirectUris: UriList.default([]).describe(
    "Where the app may send users after sign-out.",
  ),
});

export const CreateApplicationInput = z.strictObject({
  name: z.string().trim().min(1).max(128),
  type: ApplicationTypeSchema,
  oidcClientMetadata: OidcClientMetadataInput,
  requireMfa: z
    .boolean()
    .default(false)
    .describe("Every sign-in to this app needs a second factor."),
});

export const PatchApplicationInput = z.strictObject({
  name: z.string().trim().min(1).max(128).optional(),
  oidcClientMetadata: z
    .strictObject({
      redirectUris: UriList.optional(),
      postLogoutRedirectUris: UriList.optional(),
    })
    .optional(),
  requireMfa: z.boolean().optional(),
});

export const ApplicationView = z.object({
  id: z.string().describe("The client_id."),
  name: z.string().describe("The app's name, shown to admins."),
  type: ApplicationTypeSchema,
  oidcClientMetadata: z
    .object({
      redirectUris: z.array(z.string()).describe("Where sign-ins may return, exactly."),
      postLogoutRedirectUris: z
        .array(z.string())
        .describe("Where RP-initiated logouts may return, exactly."),
    })
    .describe("The OpenID Connect client's registered URIs."),
  requireMfa: z.boolean().describe("Users need a second factor for this app whatever the policy."),
  createdAt: isoDate.describe("When the app was registered."),
});

export const ApplicationWithSecret = ApplicationView.extend({
  secret: z
    .string()
    .optional()
    .describe("Traditional apps only, shown in this response alone: store it now."),
});

export const ApplicationList = z.array(ApplicationView);

export const ApplicationIdParams = z.object({ id: PathId });

export type ApplicationRow = {
  id: string;
  name: string;
  type: string;
  secret: string | null;
  redirectUris: string;
  postLogoutRedirectUris: string;
  requireMfa: boolean;
  createdAt: Date;
};

/** The row as the API shows it, without the sealed secret. */
export function toApplicationView(row: ApplicationRow) {
  return {
    id: row.id,
    name: row.name,
    type: row.type as ApplicationType,
    oidcClientMetadata: {
      redirectUris: JSON.parse(row.redirectUris) as string[],
      postLogoutRedirectUris: JSON.parse(row.postLogoutRedirectUris) as string[],
    },
    requireMfa: row.requireMfa,
    createdAt: row.createdAt,
  };
}
