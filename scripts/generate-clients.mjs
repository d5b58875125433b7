// Generates one Prisma client per dialect from prisma/schema.prisma (run on `npm install`).
// Prisma's CLI wants a schema engine binary it would otherwise download; `generate` never runs
// it, so any executable satisfies the check and install stays offline: the binary's download
// host is outside the npm registry, which offline machines cannot reach.
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const schemaPath = path.join(root, "prisma/schema.prisma");
const schema = readFileSync(schemaPath, "utf8");
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};
const prismaBin = path.join(root, "node_modules/prisma/build/index.js");

function generate(file) {
  execFileSync(process.execPath, [prismaBin, "generate", "--schema", file], {
    cwd: root,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
}

generate(schemaPath);

const pgSchemaPath = path.join(root, "prisma/.schema.postgresql.prisma");
const pgSchema = schema
  .replace('provider = "sqlite"', 'provider = "postgresql"')
  .replace(
    'output       = "../lib/db/generated/sqlite"',
    'output       = "../lib/db/generated/postgresql"',
  );
if (!pgSchema.includes('"postgresql"') || !pgSchema.includes("generated/postgresql")) {
  throw new Error("prisma/schema.prisma no longer has the provider/output lines this script swaps");
}
writeFileSync(pgSchemaPath, pgSchema);
try {
  generate(pgSchemaPath);
} finally {
  rmSync(pgSchemaPath, { force: true });
}
console.info("Generated Prisma clients for SQLite and PostgreSQL in lib/db/generated/");
