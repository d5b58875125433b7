import { route } from "@/lib/http/route";
import { apiDocument } from "@/lib/management/api-document";

export const GET = route({ access: "public", handler: async () => apiDocument() });
