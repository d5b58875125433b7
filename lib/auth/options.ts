// next-auth configuration: database sessions read through our adapter. There are no next-auth
// providers: every sign-in goes through the sign-in flow, which mints the session itself.
import type { NextAuthOptions } from "next-auth";
import { getConfig } from "@/lib/config";
import { deriveKey } from "@/lib/crypto/keys";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/sessions/create-session";
import type { SignedInUser } from "@/lib/sessions/current";
import { sessionAdapter, type TwofoldAdapterUser } from "./adapter";

let options: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  if (options) return options;
  const config = getConfig();
  process.env.NEXTAUTH_URL ??= config.origin;
  options = {
    adapter: sessionAdapter,
    providers: [],
    secret: deriveKey("next-auth").toString("hex"),
    useSecureCookies: config.secureCookies,
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 24 * 60 * 60 },
    pages: { signIn: "/sign-in", signOut: "/sign-out", error: "/sign-in" },
    callbacks: {
      session({ session, user }) {
        const u = user as TwofoldAdapterUser;
        const signedIn: SignedInUser = {
          id: u.id,
          username: u.username,
          primaryEmail: u.email || null,
          name: u.name ?? null,
          role: u.role,
        };
        return { ...session, user: signedIn };
      },
    },
  };
  return options;
}
