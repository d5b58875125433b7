// The demo app (/demo) is a first-party client seeded at every start: its redirect URIs follow
// TWOFOLD_PUBLIC_URL, and its secret derives from TWOFOLD_SECRET, so the demo can be configured
// the way an outside app is (client id and secret) without storing the secret in plain text.
import { recordAudit } from "@/lib/audit/record";
import { getConfig } from "@/lib/config";
import { encryptSecret } from "@/lib/crypto/aes-gcm";
import { deriveKey } from "@/lib/crypto/keys";
import { getDb } from "@/lib/db/client";

export const DEMO_CLIENT_ID = "twofold-demo";

export function demoClient() {
  const { origin } = getConfig();
  return {
    clientId: DEMO_CLIENT_ID,
    clientSecret: deriveKey("demo-client").toString("base64url"),
    issuer: `${origin}/oidc`,
    redirectUri: `${origin}/demo/callback`,
    postLogoutRedirectUri: `${origin}/demo`,
  };
}

/** Creates the demo app, or brings its URIs in line with the public URL. */
export async function seedDemoApplication() {
  const demo = demoClient();
  const uris = {
    redirectUris: JSON.stringify([demo.redirectUri]),
    postLogoutRedirectUris: JSON.stringify([demo.postLogoutRedirectUri]),
  };
  const db = getDb();
  const existing = await db.application.findUnique({ where: { id: DEMO_CLIENT_ID } });
  if (existing) {
    if (existing.redirectUris !== uris.redirectUris || !existing.secret) {
      await db.application.update({
        where: { id: DEMO_CLIENT_ID },
        data: { ...uris, secret: encryptSecret(demo.clientSecret, "application-secrets") },
      });
    }
    return;
  }
  await db.application
    .create({
      data: {
        id: DEMO_CLIENT_ID,
        name: "Twofold demo app",
        type: "Traditional",
        secret: encryptSecret(demo.clientSecret, "application-secrets"),
        ...uris,
      },
    })
    .then(() =>
      recordAudit({
        type: "application.created",
        actor: { type: "system" },
        data: { applicationId: DEMO_CLIENT_ID, name: "Twofold demo app", type: "Traditional" },
      }),
    )
    .catch((error: { code?: string }) => {
      // Another instance seeded it at the same moment.
      if (error.code !== "P2002") throw error;
    });
}
