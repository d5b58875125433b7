// The few pages the provider draws itself: errors it cannot send back to the app, the sign-out
// step of RP-initiated logout, and the page after a sign-out without a return address. Plain
// HTML in the hosted pages' colours; the logout form submits itself (its button works without
// JavaScript).
import type { ServerResponse } from "node:http";

/** OAuth's answer while the database is away, as the error page and as JSON (with our code). */
export const UNAVAILABLE = {
  error: "temporarily_unavailable",
  error_description: "The service is temporarily unavailable. Try again in a few seconds.",
};
export const UNAVAILABLE_JSON = { ...UNAVAILABLE, code: "service.database_unavailable" };

/** Sends one of these pages: HTML, never stored by a cache. */
export function sendPage(res: ServerResponse, status: number, html: string) {
  res.statusCode = status;
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.end(html);
}

const htmlEscape = (value: unknown) =>
  String(value).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

export function page(title: string, body: string, script = ""): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${htmlEscape(title)} · Twofold</title><style>body{font:16px/1.5 system-ui,sans-serif;background:#f8fafc;color:#0f172a;display:grid;place-items:center;min-height:100vh;margin:0}main{box-sizing:border-box;background:#fff;border:1px solid #e2e8f0;border-radius:12px;padding:32px;max-width:420px;width:calc(100% - 32px)}h1{font-size:1.25rem;margin:0 0 8px}p{color:#475569;margin:0 0 16px}code{font-size:.85rem}a{color:#4f46e5;font-weight:500}button{font:inherit;background:#4f46e5;color:#fff;border:0;border-radius:8px;padding:10px 16px;cursor:pointer;width:100%}</style></head><body><main>${body}</main>${script}</body></html>`;
}

export function errorPage(out: { error?: unknown; error_description?: unknown }): string {
  return page(
    "Sign-in problem",
    `<h1>This sign-in request could not be completed</h1><p>${htmlEscape(out.error_description ?? "The request was not valid.")}</p><p><code>${htmlEscape(out.error ?? "invalid_request")}</code></p><p>Go back to the app and try signing in again.</p>`,
  );
}

/** Any page's answer while the database is away (the server sends it with 503). */
export function unavailablePage(): string {
  return page(
    "Temporarily unavailable",
    `<h1>Twofold is temporarily unavailable</h1><p>${htmlEscape(UNAVAILABLE.error_description)}</p><p><code>${htmlEscape(UNAVAILABLE_JSON.code)}</code></p>`,
  );
}

/** A page address that is not valid percent-encoded UTF-8: no page can have it. */
export function badAddressPage(): string {
  return page(
    "Bad address",
    `<h1>This address is not valid</h1><p>Part of it is not valid percent-encoding, so no page has it. Check the link, or start again from the beginning.</p><p><a href="/">Go to the start page</a></p>`,
  );
}

/** The logout form with "sign me out everywhere" chosen; a nonce-free inline submit. */
export function logoutPage(form: string): string {
  const everywhere = form.replace(
    "</form>",
    '<input type="hidden" name="logout" value="yes"/></form>',
  );
  return page(
    "Signing out",
    `<h1>Signing you out…</h1><p>You are being signed out of Twofold and the app.</p>${everywhere}<button type="submit" form="op.logoutForm">Sign out</button>`,
    '<script>document.getElementById("op.logoutForm").submit()</script>',
  );
}

export function signedOutPage(): string {
  return page("Signed out", "<h1>You are signed out</h1><p>You can close this window.</p>");
}
