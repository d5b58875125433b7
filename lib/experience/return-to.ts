// Where a finished sign-in may send the browser: the one rule for every stored or redirected
// returnTo (JSON API, hosted forms, completion), so a crafted link cannot send users elsewhere.
import { getConfig } from "@/lib/config";

const MAX_LENGTH = 2048;
// URL parsers drop tab, CR and LF and read "\" as "/", so "/\t/evil" or "/\evil" would become
// "//evil" in the browser. Refusing them outright leaves nothing to be reinterpreted.
const UNSAFE = /[\\\p{Cc}\u2028\u2029]/u;

/**
 * The value resolved against the public URL, as a normalised path (pathname + search + hash),
 * when it stays on our origin; otherwise undefined, so the caller falls back to its default.
 */
export function safeReturnTo(
  value: string | null | undefined,
  origin: string = getConfig().origin,
): string | undefined {
  if (!value || value.length > MAX_LENGTH || UNSAFE.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return undefined;
  }
  if (url.origin !== origin) return undefined;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil" normalises to "//evil": on our origin now, but another host once sent as Location.
  if (!path.startsWith("/") || path.startsWith("//") || UNSAFE.test(path)) return undefined;
  return path;
}
