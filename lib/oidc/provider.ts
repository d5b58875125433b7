// The OpenID Connect provider (oidc-provider 9) at <TWOFOLD_PUBLIC_URL>/oidc: authorization code
// with PKCE, rotating refresh tokens for offline_access, userinfo, revocation, introspection and
// RP-initiated logout; no implicit flow, no development interactions. Storage, clients and keys
// live in the database, so instances are interchangeable.
import Provider, { type Configuration } from "oidc-provider";
import { ACR_VALUES, OIDC_SCOPES } from "@/lib/assurance/acr";
import { INTERACTION_PATH } from "@/lib/assurance/requirement";
import { getConfig } from "@/lib/config";
import { deriveKey } from "@/lib/crypto/keys";
import { findAccount } from "./account";
import { adapterFor } from "./adapter";
import { watchProvider } from "./events";
import { errorPage, logoutPage, signedOutPage } from "./pages";
import { loginPolicy } from "./policy";
import { providerJwks } from "./signing-keys";

export const issuer = () => `${getConfig().origin}/oidc`;

function corsAllowed(origin: string, redirectUris: readonly string[] = []) {
  return redirectUris.some((uri) => URL.canParse(uri) && new URL(uri).origin === origin);
}

export async function createProvider(): Promise<Provider> {
  const configuration: Configuration = {
    adapter: adapterFor,
    jwks: (await providerJwks()) as Configuration["jwks"],
    findAccount,
    cookies: {
      keys: [deriveKey("oidc-cookies").toString("base64url")],
      long: { signed: true, httpOnly: true, sameSite: "lax" },
      short: { signed: true, httpOnly: true, sameSite: "lax" },
    },
    claims: {
      // acr, amr and auth_time ride on openid so every ID token has them, refreshed ones too;
      // userinfo has none of them (the account's claims do not).
      acr: null,
      auth_time: null,
      sid: null,
      iss: null,
      openid: ["sub", "acr", "amr", "auth_time"],
      profile: ["name", "preferred_username"],
      email: ["email", "email_verified"],
    },
    scopes: [...OIDC_SCOPES],
    acrValues: ACR_VALUES,
    responseTypes: ["code"],
    // oidc-provider 9 supports S256 only; public clients (SPA, Native) must use it.
    pkce: { required: (_ctx, client) => client.clientAuthMethod === "none" },
    rotateRefreshToken: true,
    // Apps get the profile and email claims they were granted in the ID token as well.
    conformIdTokenClaims: false,
    clientBasedCORS: (_ctx, origin, client) => corsAllowed(origin, client.redirectUris),
    interactions: {
      url: (_ctx, interaction) => `${INTERACTION_PATH}${interaction.uid}`,
      policy: loginPolicy(),
    },
    features: {
      devInteractions: { enabled: false },
      introspection: { enabled: true },
      revocation: { enabled: true },
      userinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          ctx.type = "html";
          ctx.body = logoutPage(form);
        },
        postLogoutSuccessSource: async (ctx) => {
          ctx.type = "html";
          ctx.body = signedOutPage();
        },
      },
    },
    renderError: async (ctx, out) => {
      ctx.type = "html";
      ctx.body = errorPage(out);
    },
    ttl: {
      AccessToken: 60 * 60,
      AuthorizationCode: 60,
      IdToken: 60 * 60,
      Interaction: 60 * 60,
      Grant: 14 * 24 * 60 * 60,
      Session: 14 * 24 * 60 * 60,
      RefreshToken: 14 * 24 * 60 * 60,
    },
  };
  const provider = new Provider(issuer(), configuration);
  // The server hands requests over with the public URL's host and scheme (handler.ts).
  provider.proxy = true;
  watchProvider(provider);
  return provider;
}
