// Next calls onRequestError for errors its own rendering meets (our route handlers answer theirs
// themselves). A page that failed because the database is away marks it down, so the server
// answers the next page requests with 503 until it is back (lib/db/outage.ts).
import type { Instrumentation } from "next";

export const onRequestError: Instrumentation.onRequestError = async (error) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isDatabaseUnavailable, logDatabaseUnavailable } = await import("@/lib/db/unavailable");
  if (isDatabaseUnavailable(error)) logDatabaseUnavailable(error);
};
