import { accountContracts as c } from "@/lib/account/contracts";
import { startPasskeyRegistration } from "@/lib/account/factors";
import { accountRoute } from "@/lib/api/route";

export const POST = accountRoute(c.createOwnPasskeyOptions, ({ user, meta }) =>
  startPasskeyRegistration(user, meta),
);
