-- Only sessions and interactions have a uid, and only device codes a user code: indexing those
-- rows alone spares every token write two index updates. Lookups by uid or user code compare
-- with "=", which implies IS NOT NULL, so they still use these indexes.
DROP INDEX "OidcModel_model_uid_idx";
DROP INDEX "OidcModel_model_userCode_idx";
CREATE INDEX "OidcModel_model_uid_idx" ON "OidcModel"("model", "uid") WHERE "uid" IS NOT NULL;
CREATE INDEX "OidcModel_model_userCode_idx" ON "OidcModel"("model", "userCode") WHERE "userCode" IS NOT NULL;
