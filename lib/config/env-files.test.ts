import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadEnvFiles } from "./env-files";

const NAMES = ["TWOFOLD_ENV_FILE_PROBE", "TWOFOLD_ENV_FILE_KEPT"];
afterEach(() => {
  for (const name of NAMES) delete process.env[name];
});

describe("loadEnvFiles", () => {
  it("reads the directory's .env files like Next.js, without overriding the environment", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "twofold-env-"));
    writeFileSync(
      path.join(dir, ".env"),
      "TWOFOLD_ENV_FILE_PROBE=from-dotenv\nTWOFOLD_ENV_FILE_KEPT=from-dotenv\n",
    );
    process.env.TWOFOLD_ENV_FILE_KEPT = "from-environment";
    loadEnvFiles(dir, false);
    expect(process.env.TWOFOLD_ENV_FILE_PROBE).toBe("from-dotenv");
    expect(process.env.TWOFOLD_ENV_FILE_KEPT).toBe("from-environment");
  });
});
