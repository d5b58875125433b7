// Audit events for what happens inside the provider, and the other half of "one sign-in":
// signing out at the provider (RP-initiated logout) ends the browser's Twofold session too.
import type { KoaContextWithOIDC, Provider } from "oidc-provider";
import { recordAudit } from "@/lib/audit/record";
import {
  isDatabaseUnavailable,
  logDatabaseUnavailable,
  RETRY_AFTER_SECONDS,
} from "@/lib/db/unavailable";
import { cookieOptions, sessionCookieName } from "@/lib/http/cookies";
import { signOut } from "@/lib/sessions/sign-out";
import { errorPage, UNAVAILABLE, UNAVAILABLE_JSON } from "./pages";

function meta(ctx: KoaContextWithOIDC) {
  const forwarded = ctx.get("x-forwarded-for").split(",")[0]?.trim();
  return {
    ip: forwarded || ctx.ip || null,
    userAgent: ctx.get("user-agent").slice(0, 512) || null,
  };
}

const report = (what: string) => (error: unknown) =>
  console.error(`Recording ${what} failed`, error);

/**
 * The provider answers any error of its own code as 500 server_error. A database that is away is
 * not a bug: the answer becomes 503 temporarily_unavailable with Retry-After, JSON for the token,
 * userinfo and other back-channel endpoints, the error page for browsers. The listener runs
 * before Koa writes the answer, so it can still change it.
 */
function answerDatabaseUnavailable(ctx: KoaContextWithOIDC, error: unknown) {
  if (!isDatabaseUnavailable(error)) {
    console.error("The OpenID Connect provider failed", error);
    return;
  }
  logDatabaseUnavailable(error);
  ctx.status = 503;
  ctx.set("Retry-After", String(RETRY_AFTER_SECONDS));
  ctx.body = ctx.type === "text/html" ? errorPage(UNAVAILABLE) : UNAVAILABLE_JSON;
}

export function watchProvider(provider: Provider) {
  provider.on("server_error", answerDatabaseUnavailable);
  provider.on("grant.error", (ctx: KoaContextWithOIDC, error: Error & { error?: string }) => {
    if (ctx.oidc?.params?.grant_type !== "refresh_token") return;
    recordAudit({
      type: "oidc.refresh_failed",
      actor: { type: "system" },
      meta: meta(ctx),
      data: { clientId: ctx.oidc.client?.clientId ?? null, error: error.error ?? error.name },
    }).catch(report("a refresh failure"));
  });

  // The provider emits its events without awaiting the listeners, so the sign-out below would
  // race the redirect back to the app: the answer waits here until the session is revoked.
  provider.use(async (ctx, next) => {
    await next();
    await ctx.state.signingOut;
  });

  provider.on("end_session.success", (ctx: KoaContextWithOIDC) => {
    const name = sessionCookieName();
    const token = ctx.cookies.get(name);
    const everywhere = Boolean(ctx.oidc.params?.logout);
    const clientId = ctx.oidc.client?.clientId ?? null;
    const userId = ctx.oidc.session?.accountId ?? null;
    if (everywhere && token) {
      ctx.cookies.set(name, null, { ...cookieOptions(new Date(0)) });
      ctx.state.signingOut = signOut(token, meta(ctx)).catch(report("a sign-out"));
    }
    recordAudit({
      type: "oidc.logout",
      actor: userId ? { type: "user", id: userId } : { type: "system" },
      userId,
      meta: meta(ctx),
      data: { clientId, everywhere },
    }).catch(report("a logout"));
  });
}
