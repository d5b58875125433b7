-- Uploaded branding images, addressed by the SHA-256 of their bytes.
CREATE TABLE "BrandingAsset" (
    "hash" TEXT NOT NULL PRIMARY KEY,
    "contentType" TEXT NOT NULL,
    "data" BLOB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
