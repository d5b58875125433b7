// The experience API steps of a passkey sign-in, from the browser: a fresh flow (keeping the
// page's returnTo), the discoverable-passkey options, and the assertion's verification, which
// identifies the flow and sets its new cookie.
import type { z } from "zod";
import type { AuthenticationOptionsView, VerificationIdView } from "@/lib/experience/schemas";
import { postFlow, sendJson } from "./mfa/flow-api";

const PATH = "/api/experience/verification/web-authn/sign-in";

export const passkeySignInApi = {
  async begin(returnTo?: string) {
    await sendJson("PUT", "/api/experience", {
      event: "SignIn",
      ...(returnTo ? { returnTo } : {}),
    });
    return postFlow<z.output<typeof AuthenticationOptionsView>>(PATH);
  },
  finish: (verificationId: string, payload: unknown) =>
    postFlow<z.output<typeof VerificationIdView>>(`${PATH}/verify`, { verificationId, payload }),
};
