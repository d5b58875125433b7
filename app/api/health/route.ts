import { getDb } from "@/lib/db/client";
import { route } from "@/lib/http/route";

export const GET = route({
  access: "public",
  handler: async () => {
    await getDb().$queryRaw`SELECT 1`;
    return { status: "ok" };
  },
});
