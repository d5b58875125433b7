-- OpenID Connect provider: its models in one table, applications (clients), signing keys, and
-- the amr a session's sign-in proved and the interaction it answered.
ALTER TABLE "Session" ADD COLUMN "amr" TEXT;
ALTER TABLE "Session" ADD COLUMN "oidcInteraction" TEXT;

CREATE TABLE "OidcModel" (
    "model" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "grantId" TEXT,
    "uid" TEXT,
    "userCode" TEXT,
    "expiresAt" DATETIME,
    "consumedAt" DATETIME,
    PRIMARY KEY ("model", "id")
);
CREATE INDEX "OidcModel_grantId_idx" ON "OidcModel"("grantId");
CREATE INDEX "OidcModel_model_uid_idx" ON "OidcModel"("model", "uid");
CREATE INDEX "OidcModel_model_userCode_idx" ON "OidcModel"("model", "userCode");
CREATE INDEX "OidcModel_expiresAt_idx" ON "OidcModel"("expiresAt");

CREATE TABLE "Application" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "secret" TEXT,
    "redirectUris" TEXT NOT NULL DEFAULT '[]',
    "postLogoutRedirectUris" TEXT NOT NULL DEFAULT '[]',
    "requireMfa" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

CREATE TABLE "SigningKey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "alg" TEXT NOT NULL,
    "generation" INTEGER NOT NULL,
    "publicJwk" TEXT NOT NULL,
    "privateJwk" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "SigningKey_alg_generation_key" ON "SigningKey"("alg", "generation");
