// The provider's interaction URL, /oidc/interaction/<uid>: the hosted sign-in pages are the
// provider's login prompt. The browser's Twofold session finishes the interaction at once when it
// is enough (decideLogin); otherwise a sign-in flow bound to this interaction (its returnTo is
// this URL) sends the browser to the hosted pages, which come back here once the flow completed.
// Apps are first-party: the requested scopes and claims are granted without a consent screen.
import type { IncomingMessage, ServerResponse } from "node:http";
import type Provider from "oidc-provider";
import { acrOf, OIDC_SCOPES, parseAmr } from "@/lib/assurance/acr";
import { INTERACTION_PATH, requestLevel } from "@/lib/assurance/requirement";
import { recordAudit } from "@/lib/audit/record";
import type { RequestMeta } from "@/lib/core/request-meta";
import { createFlow } from "@/lib/experience/flow-store";
import { startStepUp } from "@/lib/experience/start-step-up";
import { cookieOptions, flowCookieName, sessionCookieName } from "@/lib/http/cookies";
import { findActiveSession } from "@/lib/sessions/current";
import { decideLogin, type SessionFacts } from "./login-decision";

type Details = Awaited<ReturnType<Provider["interactionDetails"]>>;

export function readCookies(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const index = part.indexOf("=");
    if (index < 0) continue;
    const name = part.slice(0, index).trim();
    try {
      out[name] ??= decodeURIComponent(part.slice(index + 1).trim());
    } catch {
      // A cookie that is not valid percent-encoding is not one of ours.
    }
  }
  return out;
}

export function nodeMeta(req: IncomingMessage): RequestMeta {
  const forwarded = String(req.headers["x-forwarded-for"] ?? "")
    .split(",")[0]
    ?.trim();
  return {
    ip: forwarded || req.socket.remoteAddress || null,
    userAgent: req.headers["user-agent"]?.slice(0, 512) ?? null,
  };
}

function flowCookie(token: string, expires: Date): string {
  const { secure } = cookieOptions(expires);
  return `${flowCookieName()}=${token}; Path=/; Expires=${expires.toUTCString()}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}

function redirect(res: ServerResponse, location: string, cookie?: string) {
  res.statusCode = 303;
  if (cookie) res.setHeader("Set-Cookie", cookie);
  res.setHeader("Location", location);
  res.setHeader("Cache-Control", "no-store");
  res.end();
}

/** The `sub` an id_token_hint names; the provider already checked its signature. */
function hintSubject(details: Details): string | undefined {
  const hint = details.params.id_token_hint;
  if (typeof hint !== "string") return undefined;
  try {
    const payload = JSON.parse(Buffer.from(hint.split(".")[1] ?? "", "base64url").toString("utf8"));
    return typeof payload.sub === "string" ? payload.sub : undefined;
  } catch {
    return undefined;
  }
}

const KNOWN_SCOPES = new Set<string>(OIDC_SCOPES);

/** Grants what the request asks for (first-party apps: no consent screen). Returns the grant id. */
async function grantRequested(provider: Provider, details: Details, accountId: string) {
  const clientId = String(details.params.client_id);
  const existing = details.grantId ? await provider.Grant.find(details.grantId) : undefined;
  const reuse = existing?.accountId === accountId && existing.clientId === clientId;
  const grant = reuse ? existing : new provider.Grant({ accountId, clientId });
  const scope = typeof details.params.scope === "string" ? details.params.scope : "openid";
  grant.addOIDCScope(
    scope
      .split(" ")
      .filter((s) => KNOWN_SCOPES.has(s))
      .join(" "),
  );
  if (typeof details.params.claims === "string") {
    const claims = JSON.parse(details.params.claims) as Record<string, object | null>;
    const names = ["userinfo", "id_token"].flatMap((where) => Object.keys(claims[where] ?? {}));
    if (names.length) grant.addOIDCClaims(names);
  }
  const grantId = await grant.save();
  if (!reuse) {
    await recordAudit({
      type: "oidc.grant_created",
      actor: { type: "system" },
      userId: accountId,
      data: { clientId, scope },
    });
  }
  return grantId;
}

async function finishLogin(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  details: Details,
  session: SessionFacts,
) {
  const acr = acrOf(session.amr);
  const grantId = await grantRequested(provider, details, session.userId);
  await recordAudit({
    type: "oidc.sign_in",
    actor: { type: "user", id: session.userId },
    userId: session.userId,
    meta: nodeMeta(req),
    data: { clientId: details.params.client_id, amr: session.amr, acr },
  });
  const login = {
    accountId: session.userId,
    amr: session.amr,
    acr,
    ts: Math.floor(session.createdAt.getTime() / 1000),
    remember: true,
  };
  await provider.interactionFinished(
    req,
    res,
    { login, consent: { grantId } },
    {
      mergeWithLastSubmission: false,
    },
  );
}

async function twofoldSession(req: IncomingMessage, uid: string) {
  const token = readCookies(req)[sessionCookieName()];
  const row = token ? await findActiveSession(token) : null;
  if (!row) return null;
  const { id, userId, createdAt } = row;
  return {
    id,
    userId,
    createdAt,
    amr: parseAmr(row.amr),
    answersThis: row.oidcInteraction === uid,
  };
}

/** Throws oidc-provider's SessionNotFound when the interaction cookie is missing or expired. */
export async function handleInteraction(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const details = await provider.interactionDetails(req, res);
  const session = await twofoldSession(req, details.uid);
  if (details.prompt.name === "consent" && details.session?.accountId) {
    const grantId = await grantRequested(provider, details, details.session.accountId);
    await provider.interactionFinished(req, res, { consent: { grantId } });
    return;
  }
  const decision = decideLogin({
    reasons: details.prompt.reasons,
    required: await requestLevel(details.params.client_id, details.params.acr_values),
    hintSubject: hintSubject(details),
    session,
  });
  const returnTo = `${INTERACTION_PATH}${details.uid}`;
  switch (decision.kind) {
    case "finish":
      return finishLogin(provider, req, res, details, decision.session);
    case "refuse":
      return provider.interactionFinished(
        req,
        res,
        { error: "login_required", error_description: decision.description },
        { mergeWithLastSubmission: false },
      );
    case "step-up": {
      const stepUp = await startStepUp({
        userId: decision.session.userId,
        sessionId: session?.id ?? "",
        amr: decision.session.amr,
        returnTo,
      });
      if (!stepUp.nextPage) return finishLogin(provider, req, res, details, decision.session);
      return redirect(res, stepUp.nextPage, flowCookie(stepUp.token, stepUp.expiresAt));
    }
    case "sign-in": {
      const { token, flow } = await createFlow("SignIn", returnTo);
      const query = new URLSearchParams({ returnTo });
      return redirect(res, `/sign-in?${query}`, flowCookie(token, flow.expiresAt));
    }
  }
}
