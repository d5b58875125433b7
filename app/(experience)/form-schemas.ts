// The hosted pages' forms as schemas (read with formInput): every field is bounded text, and the
// flow step each one feeds validates it further, exactly as the JSON API does.
import { z } from "zod";
import { formCheckbox, formText } from "@/lib/http/form-input";

export const SignInForm = z.object({
  identifier: formText(),
  returnTo: formText(),
  password: formText(),
});

export const RegisterForm = z.object({
  username: formText(),
  email: formText(),
  password: formText(),
});

export const CodeForm = z.object({ code: formText(), verificationId: formText() });

export const VerificationForm = z.object({ verificationId: formText() });

export const NamePasskeyForm = z.object({ verificationId: formText(), name: formText() });

export const RememberForm = z.object({ rememberDevice: formCheckbox() });
