import { route } from "@/lib/http/route";
import { openApiDocument } from "@/lib/management/openapi";

export const GET = route({ access: "public", handler: async () => openApiDocument() });
