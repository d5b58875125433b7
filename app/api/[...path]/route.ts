// Any /api path no route claims: a JSON 404 with a stable code for every method, instead of
// Next's HTML page, so API clients can tell a wrong path from a missing entity.
import { AppError } from "@/lib/core/errors";
import { route } from "@/lib/http/route";

const notFound = route({
  access: "public",
  handler: async () => {
    throw new AppError("guard.not_found");
  },
});

// The path segments are not read (a catch-all's are an array, the wrapper's params are strings).
const answer = (request: Request) => notFound(request);

export const GET = answer;
export const POST = answer;
export const PUT = answer;
export const PATCH = answer;
export const DELETE = answer;
