// Redirect URI rules: absolute, no wildcards, no fragment, https — http only for
// localhost and 127.0.0.1 — and custom schemes only for Native apps. Pure.
import type { ApplicationType } from "./types";

const LOOPBACK = new Set(["localhost", "127.0.0.1"]);
const NEVER = new Set(["javascript:", "data:", "vbscript:", "file:", "blob:", "about:"]);

/** Why `uri` is refused for an app of `type`, or null when it is fine. */
export function redirectUriProblem(uri: string, type: ApplicationType): string | null {
  // Control characters, spaces, backslashes and wildcards have no place in an exact-match URI.
  const unsafe = [...uri].some((c) => {
    const code = c.codePointAt(0) ?? 0;
    return code <= 0x20 || code === 0x7f || (code >= 0xd800 && code <= 0xdfff) || "\\*".includes(c);
  });
  if (unsafe || uri.length > 2048) return "invalid characters";
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return "not an absolute URI";
  }
  if (uri.includes("#")) return "must not contain a fragment";
  try {
    decodeURIComponent(url.pathname + url.search);
  } catch {
    return "malformed percent-encoding";
  }
  if (url.protocol === "https:") return url.hostname ? null : "missing host";
  if (url.protocol === "http:") {
    return LOOPBACK.has(url.hostname) ? null : "http is only allowed for localhost and 127.0.0.1";
  }
  if (NEVER.has(url.protocol)) return "scheme not allowed";
  if (type !== "Native") return "custom schemes are only allowed for Native apps";
  // Private-use schemes in reverse-domain form (RFC 8252 §7.1) need a dot.
  return url.protocol.includes(".")
    ? null
    : "custom schemes must be reverse-domain (com.example.app)";
}
