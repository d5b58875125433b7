import { accountContracts as c } from "@/lib/account/contracts";
import {
  confirmTotpEnrollment,
  finishPasskeyRegistration,
  replaceBackupCodes,
} from "@/lib/account/factors";
import { accountRoute } from "@/lib/api/route";
import { listUserFactors } from "@/lib/users/mfa/list-factors";

export const GET = accountRoute(c.listOwnMfaVerifications, ({ user }) => listUserFactors(user.id));

export const POST = accountRoute(c.addOwnMfaVerification, async ({ user, input, meta }) => {
  if (input.type === "Totp") return confirmTotpEnrollment(user, input, meta);
  if (input.type === "WebAuthn") return finishPasskeyRegistration(user, input, meta);
  return replaceBackupCodes(user, meta);
});
