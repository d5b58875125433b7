// Prisma CLI configuration: only `prisma generate` is used (see scripts/generate-clients.mjs);
// migrations are plain SQL applied by lib/db/migrate.ts.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
});
