// The .env files Next.js reads for the server (.env, .env.production, .env.local, …), loaded the
// same way for the operator CLI and the start script, so all three see one configuration.
// Variables already set in the environment win, as they do for Next.
import nextEnv from "@next/env";

export function loadEnvFiles(dir: string, dev = process.env.NODE_ENV === "development") {
  nextEnv.loadEnvConfig(dir, dev, { info: () => {}, error: (...args) => console.error(...args) });
}
