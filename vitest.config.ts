// Three projects: `unit` (colocated lib/**/*.test.ts), `integration` (tests/**: real route
// handlers and Prisma on a throwaway database per file, dialect from TWOFOLD_TEST_DB) and
// `system` (tests/system/**: production-build processes over HTTP; needs `npm run build`).
// With TWOFOLD_REPORT_DIR set, a JSON report goes to <dir>/vitest-<TWOFOLD_REPORT_LABEL>.json.
import path from "node:path";
import { defineConfig } from "vitest/config";

const reportDir = process.env.TWOFOLD_REPORT_DIR;
const reportFile = reportDir
  ? path.resolve(reportDir, `vitest-${process.env.TWOFOLD_REPORT_LABEL || "all"}.json`)
  : undefined;

export default defineConfig({
  resolve: { alias: [{ find: /^@\//, replacement: `${import.meta.dirname}/` }] },
  test: {
    // Cheap argon2 parameters: only honoured when NODE_ENV is not production (lib/config).
    env: { NODE_ENV: "test", TWOFOLD_FAST_HASH: "1" },
    reporters: reportFile ? ["default", ["json", { outputFile: reportFile }]] : ["default"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "bench/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/system/**"],
          environment: "node",
          pool: "forks",
          // Two cores: each worker has its own database, so two files at a time is safe.
          maxWorkers: 2,
          testTimeout: 30_000,
          hookTimeout: 30_000,
          setupFiles: ["tests/setup/env.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "system",
          include: ["tests/system/**/*.test.ts"],
          environment: "node",
          pool: "forks",
          // Each file runs its own server processes: one file at a time on two cores.
          maxWorkers: 1,
          testTimeout: 240_000,
          hookTimeout: 180_000,
          setupFiles: ["tests/setup/env.ts"],
        },
      },
    ],
  },
});
