// The provider's login prompt, with two checks of our own besides oidc-provider's (no session,
// max_age, id_token_hint, essential acr): the provider's session holds only while the browser's
// Twofold session for the same user is live (signing out of Twofold signs out of apps), and a
// request whose level (acr_values, an app's requireMfa) is above the session's asks again.
// Neither applies right after a login was just finished, so a finished interaction never loops.
import { interactionPolicy, type KoaContextWithOIDC } from "oidc-provider";
import { meets } from "@/lib/assurance/acr";
import { requestLevel } from "@/lib/assurance/requirement";
import { sessionCookieName } from "@/lib/http/cookies";
import { findActiveSession } from "@/lib/sessions/current";

const { base, Check } = interactionPolicy;

async function twofoldSessionUser(ctx: KoaContextWithOIDC) {
  const token = ctx.cookies.get(sessionCookieName());
  return token ? ((await findActiveSession(token))?.userId ?? null) : null;
}

export function loginPolicy() {
  const policy = base();
  const login = policy.get("login");
  if (!login) throw new Error("oidc-provider's base policy has no login prompt");
  login.checks.push(
    new Check(
      "twofold_session",
      "End-User authentication is required",
      "login_required",
      async (ctx) => {
        const { session, result } = ctx.oidc;
        if (result?.login || !session?.accountId) return Check.NO_NEED_TO_PROMPT;
        return (await twofoldSessionUser(ctx)) === session.accountId
          ? Check.NO_NEED_TO_PROMPT
          : Check.REQUEST_PROMPT;
      },
    ),
    new Check(
      "acr_level",
      "the requested authentication level was not reached",
      "login_required",
      async (ctx) => {
        const { session, result } = ctx.oidc;
        if (result?.login || !session?.accountId) return Check.NO_NEED_TO_PROMPT;
        const level = await requestLevel(ctx.oidc.client?.clientId, ctx.oidc.params?.acr_values);
        return meets(session.acr, level) ? Check.NO_NEED_TO_PROMPT : Check.REQUEST_PROMPT;
      },
    ),
  );
  return policy;
}
