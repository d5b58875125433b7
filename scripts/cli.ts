// Operator CLI: `npm run cli -- <command>`. Commands: migrate, preflight, status,
// setup-link, admin create --username U [--email E] (password on stdin), api-key create, keys rotate.
import path from "node:path";
import { parseArgs } from "node:util";
import { createApiKey } from "@/lib/api-keys/keys";
import { ConfigError, getConfig } from "@/lib/config";
import { loadEnvFiles } from "@/lib/config/env-files";
import { AppError } from "@/lib/core/errors";
import { disconnectDb } from "@/lib/db/client";
import { loadMigrations, migrate } from "@/lib/db/migrate";
import { describeStartupFailure } from "@/lib/db/startup-failure";
import { seedDemoApplication } from "@/lib/demo/demo-app";
import { ensureSigningKeys, rotateSigningKeys } from "@/lib/oidc/signing-keys";
import { issueSetupLink } from "@/lib/setup/setup-link";
import { countOverview } from "@/lib/status";
import { createAdmin } from "@/lib/users/create-admin";

const USAGE = `Usage: npm run cli -- <command>
  migrate                                   apply pending database migrations
  status                                    database, migrations and counts
  setup-link                                print a one-time first-admin setup link
  admin create --username U [--email E]     create an admin; password read from stdin
  api-key create --name N [--read-only]     create a Management API key; the key alone is the last line
  keys rotate                               add new current OpenID Connect signing keys (the previous stay published)
  preflight                                 check configuration, migrate, print setup link (used by npm start)`;

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("Password: ");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

function describeTarget() {
  const config = getConfig();
  return config.dialect === "sqlite" ? `SQLite ${config.databaseUrl.slice(5)}` : "PostgreSQL";
}

async function runMigrate() {
  const result = await migrate(getConfig());
  console.info(
    result.applied.length
      ? `Applied ${result.applied.length} migration(s) to ${describeTarget()}: ${result.applied.join(", ")}`
      : `${describeTarget()} is up to date (${result.total} migrations).`,
  );
}

/** `npm start`'s banner: where to open Twofold, which database, and the setup link if needed. */
async function preflight() {
  const config = getConfig();
  const { total } = await migrate(config);
  // First start: the provider's signing keys exist before the first request needs them, and the
  // demo app is registered (its redirect URIs follow the public URL).
  await ensureSigningKeys();
  await seedDemoApplication();
  const link = await issueSetupLink();
  console.info("");
  console.info(`  Twofold     ${config.origin}`);
  console.info(`  Database    ${describeTarget()} (${total} migrations)`);
  if (link) {
    console.info("");
    console.info("  No administrator yet. Open this one-time link to create the first admin:");
    console.info(`  ${link}`);
  }
  console.info("");
}

async function status() {
  const config = getConfig();
  await runMigrate();
  const counts = await countOverview();
  console.info(`Database:   ${describeTarget()}`);
  console.info(`Migrations: ${loadMigrations(config.dialect).length} applied`);
  console.info(`Public URL: ${config.origin}`);
  console.info(`Users:      ${counts.users} (${counts.admins} admin)`);
  console.info(`Sign-ins in the last 24 h: ${counts.signIns24h}`);
}

async function adminCreate(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { username: { type: "string" }, email: { type: "string" } },
  });
  if (!values.username) throw new Error("admin create needs --username");
  await migrate(getConfig());
  const password = await readStdin();
  const user = await createAdmin({
    username: values.username,
    email: values.email,
    password,
    actor: "cli",
  });
  console.info(`Created admin ${user.username} (${user.id}).`);
}

async function apiKeyCreate(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { name: { type: "string" }, "read-only": { type: "boolean" } },
  });
  if (!values.name) throw new Error("api-key create needs --name");
  await migrate(getConfig());
  const { key, apiKey } = await createApiKey({
    name: values.name,
    scope: values["read-only"] ? "read" : "write",
    actor: { type: "system" },
  });
  console.info(
    `Created ${apiKey.scope === "read" ? "read-only" : "read-write"} API key "${apiKey.name}" (${apiKey.id}). It is shown once:`,
  );
  console.info(key);
}

async function keysRotate() {
  await migrate(getConfig());
  const kids = await rotateSigningKeys({ type: "system", id: "cli" });
  console.info(
    `Added signing keys ${kids.join(", ")}. They sign from now on (running instances switch within 30 s); the previous keys stay published.`,
  );
}

async function main(argv: string[]) {
  // The server's own .env files (Next.js loads them from the project root): one configuration.
  loadEnvFiles(path.resolve(import.meta.dirname, ".."));
  const [command, ...rest] = argv;
  switch (command) {
    case "migrate":
      return runMigrate();
    case "preflight":
      return preflight();
    case "check-config":
      getConfig();
      return;
    case "status":
      return status();
    case "setup-link": {
      await migrate(getConfig());
      console.info((await issueSetupLink()) ?? "An administrator already exists.");
      return;
    }
    case "admin":
      if (rest[0] === "create") return adminCreate(rest.slice(1));
      break;
    case "api-key":
      if (rest[0] === "create") return apiKeyCreate(rest.slice(1));
      break;
    case "keys":
      if (rest[0] === "rotate") return keysRotate();
      break;
  }
  console.error(USAGE);
  process.exitCode = 2;
}

/** The database's (or the data folder's) storage failure in one sentence, when it is one. */
function startupFailure(error: unknown): string | undefined {
  let config: ReturnType<typeof getConfig> | undefined;
  try {
    config = getConfig();
  } catch {
    // The configuration itself failed to load (say, writing the generated secret): no database yet.
  }
  return describeStartupFailure(error, config);
}

main(process.argv.slice(2))
  .catch((error: unknown) => {
    const storage = error instanceof ConfigError ? undefined : startupFailure(error);
    if (storage) {
      console.error(`Error: ${storage}`);
    } else if (error instanceof ConfigError || error instanceof AppError) {
      console.error(`Error: ${error instanceof AppError ? `${error.code}: ` : ""}${error.message}`);
    } else {
      console.error(`Error: ${(error as Error).message ?? error}`);
    }
    process.exitCode = 1;
  })
  .finally(() => disconnectDb().catch(() => {}));
