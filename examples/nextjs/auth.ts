// next-auth 4 with Twofold as its OpenID Connect provider: discovery from the issuer, the code
// flow with PKCE and state, and the ID token's claims (amr and acr included) kept in the session.
import type { NextAuthOptions } from "next-auth";

const issuer = process.env.TWOFOLD_ISSUER ?? "http://localhost:3000/oidc";

type TwofoldProfile = {
  sub: string;
  name?: string;
  preferred_username?: string;
  email?: string;
  amr?: string[];
  acr?: string;
};

export const authOptions: NextAuthOptions = {
  providers: [
    {
      id: "twofold",
      name: "Twofold",
      type: "oauth",
      wellKnown: `${issuer}/.well-known/openid-configuration`,
      clientId: process.env.TWOFOLD_CLIENT_ID,
      clientSecret: process.env.TWOFOLD_CLIENT_SECRET,
      authorization: { params: { scope: "openid profile email" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile(profile: TwofoldProfile) {
        return {
          id: profile.sub,
          name: profile.name ?? profile.preferred_username ?? null,
          email: profile.email ?? null,
        };
      },
    },
  ],
  session: { strategy: "jwt" },
  callbacks: {
    async jwt({ token, profile }) {
      const p = profile as TwofoldProfile | undefined;
      if (p) {
        token.amr = p.amr;
        token.acr = p.acr;
        token.username = p.preferred_username;
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, twofold: { amr: token.amr, acr: token.acr, username: token.username } };
    },
  },
};
