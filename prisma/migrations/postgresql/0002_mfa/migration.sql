-- Second factors (TOTP, WebAuthn, backup codes) and per-user MFA state.
ALTER TABLE "User" ADD COLUMN "mfaSkipped" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "User" ADD COLUMN "mfaRequired" BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE "MfaFactor" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "name" TEXT,
    "secret" TEXT,
    "lastUsedStep" INTEGER,
    "credentialId" TEXT,
    "publicKey" TEXT,
    "counter" BIGINT,
    "transports" TEXT,
    "deviceType" TEXT,
    "backedUp" BOOLEAN,
    "aaguid" TEXT,
    "agent" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    CONSTRAINT "MfaFactor_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "MfaFactor_credentialId_key" ON "MfaFactor"("credentialId");
CREATE INDEX "MfaFactor_userId_idx" ON "MfaFactor"("userId");

CREATE TABLE "BackupCode" (
    "id" TEXT NOT NULL,
    "factorId" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "usedAt" TIMESTAMP(3),
    CONSTRAINT "BackupCode_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "BackupCode_factorId_idx" ON "BackupCode"("factorId");

ALTER TABLE "MfaFactor" ADD CONSTRAINT "MfaFactor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "BackupCode" ADD CONSTRAINT "BackupCode_factorId_fkey" FOREIGN KEY ("factorId") REFERENCES "MfaFactor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
