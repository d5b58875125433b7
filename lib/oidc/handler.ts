// The Node request handler for /oidc/*: the interaction URL is ours (interaction.ts), everything
// else is oidc-provider's Koa app. Requests are handed over with the public URL's host and scheme,
// so every URL the provider writes uses TWOFOLD_PUBLIC_URL however the process is reached. The
// provider is rebuilt when another process rotated the signing keys.
import type { IncomingMessage, ServerResponse } from "node:http";
import type Provider from "oidc-provider";
import { errors } from "oidc-provider";
import { INTERACTION_PATH } from "@/lib/assurance/requirement";
import { getConfig } from "@/lib/config";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "@/lib/db/unavailable";
import { handleInteraction } from "./interaction";
import { errorPage, sendPage, UNAVAILABLE, UNAVAILABLE_JSON } from "./pages";
import { OIDC_PREFIX } from "./prefix";
import { createProvider } from "./provider";
import { ensureSigningKeys, keySetVersion } from "./signing-keys";

export { OIDC_PREFIX };

const KEY_CHECK_MS = 30_000;

export type Holder = {
  provider: Provider;
  callback: ReturnType<Provider["callback"]>;
  version: string;
  checkedAt: number;
};
let holder: Holder | undefined;

/** A provider for this process, with what it was built from. */
export async function buildProvider(): Promise<Holder> {
  await ensureSigningKeys();
  const version = await keySetVersion();
  const provider = await createProvider();
  return { provider, callback: provider.callback(), version, checkedAt: Date.now() };
}

/** The process's provider, rebuilt at most every 30 s when the published keys changed. */
export async function getProvider(): Promise<Holder> {
  if (!holder) holder = await buildProvider();
  else if (Date.now() - holder.checkedAt > KEY_CHECK_MS) await reloadIfKeysChanged();
  return holder;
}

/** Rebuilds the provider now if the published keys changed (also used after `keys rotate`). */
export async function reloadIfKeysChanged() {
  if (!holder) return;
  holder.checkedAt = Date.now();
  if ((await keySetVersion()) !== holder.version) holder = await buildProvider();
}

function asPublicRequest(req: IncomingMessage) {
  const { publicUrl } = getConfig();
  req.headers.host = publicUrl.host;
  req.headers["x-forwarded-proto"] = publicUrl.protocol.slice(0, -1);
  delete req.headers["x-forwarded-host"];
}

/** 503 with Retry-After: the error page for a browser, OAuth's JSON error (and our code) for the rest. */
function sendUnavailable(req: IncomingMessage, res: ServerResponse) {
  res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
  if (req.headers.accept?.includes("text/html")) return sendPage(res, 503, errorPage(UNAVAILABLE));
  res.statusCode = 503;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.end(JSON.stringify(UNAVAILABLE_JSON));
}

/** The /oidc handler over a provider source; the server uses the process's own (handleOidc). */
export const oidcHandler =
  (source: () => Promise<Holder>) =>
  async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "no-referrer");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
    asPublicRequest(req);
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    let current: Holder;
    try {
      current = await source();
    } catch (error) {
      if (isDatabaseUnavailable(error))
        console.error("The OpenID Connect provider waits for the database");
      else console.error("The OpenID Connect provider could not start", error);
      return sendUnavailable(req, res);
    }
    if (path.startsWith(INTERACTION_PATH)) {
      if (req.method !== "GET") return sendPage(res, 405, errorPage({ error: "invalid_request" }));
      try {
        await handleInteraction(current.provider, req, res);
      } catch (error) {
        if (error instanceof errors.SessionNotFound) {
          const out = { error: "invalid_request", error_description: "This sign-in expired." };
          return sendPage(res, 400, errorPage(out));
        }
        if (isDatabaseUnavailable(error)) return sendUnavailable(req, res);
        console.error("Interaction failed", error);
        sendPage(res, 500, errorPage({ error: "server_error" }));
      }
      return;
    }
    // oidc-provider's routes are relative to its mount path, which it reads from originalUrl.
    const original = req.url ?? "/";
    Object.assign(req, { originalUrl: original, url: original.slice(OIDC_PREFIX.length) || "/" });
    await current.callback(req, res);
  };

export const handleOidc = oidcHandler(getProvider);
