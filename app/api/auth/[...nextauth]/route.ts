import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { noStore } from "@/lib/http/route";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

// next-auth answers outside our route wrapper; its session and csrf answers must not be cached.
async function handler(request: Request, context: RouteContext) {
  return noStore(await NextAuth(request as never, context as never, authOptions()));
}

export { handler as GET, handler as POST };
