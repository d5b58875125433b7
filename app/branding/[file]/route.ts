// Serves an uploaded logo at /branding/logo-<sha256>.<ext>. The name changes with the content,
// so it is cached for a year; an SVG gets a policy that forbids scripts and fetches outright.
import { readLogo } from "@/lib/branding/read-logo";

const SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const logo = await readLogo((await params).file);
  if (!logo) {
    return new Response("Not found", {
      status: 404,
      headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const headers = new Headers({
    "Content-Type": logo.contentType,
    "Content-Length": String(logo.data.byteLength),
    "Cache-Control": "public, max-age=31536000, immutable",
    "X-Content-Type-Options": "nosniff",
  });
  if (logo.svg) {
    headers.set("Content-Security-Policy", SVG_POLICY);
    headers.set("Content-Disposition", "inline");
  }
  return new Response(new Uint8Array(logo.data), { headers });
}
