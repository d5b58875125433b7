// An Application row as oidc-provider client metadata. Traditional apps authenticate with their
// secret (basic or post); SPA and Native apps are public clients, for which PKCE is required.
import { openClientSecret } from "@/lib/applications/secret";
import type { ApplicationRow } from "@/lib/applications/types";

/** The columns a client is made of. */
export const CLIENT_COLUMNS = [
  "id",
  "name",
  "type",
  "secret",
  "redirectUris",
  "postLogoutRedirectUris",
] as const satisfies readonly (keyof ApplicationRow)[];
export type ClientColumns = Pick<ApplicationRow, (typeof CLIENT_COLUMNS)[number]>;

export function clientMetadata(app: ClientColumns) {
  const confidential = app.type === "Traditional" && app.secret;
  return {
    client_id: app.id,
    client_name: app.name,
    ...(confidential
      ? {
          client_secret: openClientSecret(app.secret ?? ""),
          token_endpoint_auth_method: "client_secret_basic",
        }
      : { token_endpoint_auth_method: "none" }),
    application_type: app.type === "Native" ? "native" : "web",
    redirect_uris: JSON.parse(app.redirectUris) as string[],
    post_logout_redirect_uris: JSON.parse(app.postLogoutRedirectUris) as string[],
    grant_types: ["authorization_code", "refresh_token"],
    response_types: ["code"],
    // Apps learn when the user signed in, so they can judge a session's freshness themselves.
    require_auth_time: true,
  };
}
