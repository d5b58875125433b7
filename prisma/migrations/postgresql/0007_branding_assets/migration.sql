-- Uploaded branding images, addressed by the SHA-256 of their bytes.
CREATE TABLE "BrandingAsset" (
    "hash" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BrandingAsset_pkey" PRIMARY KEY ("hash")
);
