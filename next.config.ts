import type { NextConfig } from "next";

const dev = process.env.NODE_ENV === "development";

// Next.js's own inline bootstrap scripts need 'unsafe-inline' without per-request nonces;
// everything else is limited to our origin, and no other site may frame our pages.
const policy = ({ script, form }: { script: string; form: string }) =>
  [
    "default-src 'self'",
    `script-src ${script}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'self'",
    `form-action ${form}`,
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
const csp = policy({
  script: `'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
  form: "'self'",
});
// The console's preview frame (/preview/<screen>) is drawn on the server and runs no script:
// whatever it is fed, it can fetch or run none, and none of its forms can post.
const previewCsp = policy({ script: "'none'", form: "'none'" });

/**
 * HSTS only when the public URL is https (a plain-http install must stay reachable). Next.js
 * bakes these headers into the build, so scripts/build.mjs counts the public URL's scheme in
 * its fingerprint and `npm start` rebuilds when it changes.
 */
function transportSecurity() {
  const raw = process.env.TWOFOLD_PUBLIC_URL?.trim() || "http://localhost:3000";
  return URL.canParse(raw) && new URL(raw).protocol === "https:"
    ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }]
    : [];
}

const securityHeaders = (contentPolicy: string) => [
  { key: "Content-Security-Policy", value: contentPolicy },
  { key: "X-Frame-Options", value: "SAMEORIGIN" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ...transportSecurity(),
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "pg", "@prisma/client"],
  experimental: {
    // Room for the console's logo upload (256 KiB and its form); route handlers keep 64 KiB.
    serverActions: { bodySizeLimit: "320kb" },
    // Route modules load on their first request instead of all at start: a process that serves
    // a few hosted pages and the flow API never holds the console's and every API's code.
    preloadEntriesOnStart: false,
    // SimpleWebAuthn's index re-exports every helper and declares no sideEffects, so without this
    // /sign-in ships the registration code along with the authentication it uses.
    optimizePackageImports: ["@simplewebauthn/browser"],
  },
  async headers() {
    return [
      { source: "/((?!preview/).*)", headers: securityHeaders(csp) },
      { source: "/preview/:path*", headers: securityHeaders(previewCsp) },
    ];
  },
};

export default nextConfig;
