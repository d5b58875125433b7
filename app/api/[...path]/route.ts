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

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
