// The experience API steps of a passkey sign-in, from the browser: a fresh flow (keeping the
// page's returnTo), the discoverable-passkey options, and the assertion's verification, which
// identifies the flow and sets its new cookie.
import type { z } from "zod";
import type { AuthenticationOptionsView, VerificationIdView } from "@/lib/experience/schemas";
import { guessIdentifier } from "@/lib/users/guess-identifier";
import { postFlow, sendJson } from "./mfa/flow-api";

const PATH = "/api/experience/verification/web-authn/sign-in";

export const passkeySignInApi = {
  /** With `typed` (what the username field holds), that account's passkeys: identifier first. */
  async begin(returnTo?: string, typed?: string) {
    await sendJson("PUT", "/api/experience", {
      event: "SignIn",
      ...(returnTo ? { returnTo } : {}),
    });
    const identifier = typed?.trim() ? guessIdentifier(typed) : undefined;
    return postFlow<z.output<typeof AuthenticationOptionsView>>(
      PATH,
      identifier ? { identifier } : {},
    );
  },
  finish: (verificationId: string, payload: unknown) =>
    postFlow<z.output<typeof VerificationIdView>>(`${PATH}/verify`, { verificationId, payload }),
};
