"use server";
// Server actions of the hosted MFA pages. Each runs one flow step, then settle() continues the
// flow: signed in, or on to the next step's page. TOTP and backup-code steps need no JavaScript.
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { parseInput } from "@/lib/core/input";
import { advanceFlow } from "@/lib/experience/advance-flow";
import { loadActiveFlow } from "@/lib/experience/flow-store";
import { generateFlowBackupCodes, verifyFlowBackupCode } from "@/lib/experience/mfa/backup-codes";
import { bindMfa } from "@/lib/experience/mfa/bind";
import { mfaPagePath } from "@/lib/experience/mfa/next-page";
import { chooseRememberDevice } from "@/lib/experience/mfa/remember-device";
import { skipMfa } from "@/lib/experience/mfa/skip";
import { createTotpSecret, verifyTotp } from "@/lib/experience/mfa/totp";
import { namePasskey } from "@/lib/experience/mfa/webauthn";
import { BackupCodeVerifyInput, TotpVerifyInput } from "@/lib/experience/schemas";
import { actionMeta, flowCookie } from "@/lib/http/action-context";
import { type ActionState, refusedState, toActionState } from "@/lib/http/action-state";
import { formInput } from "@/lib/http/form-input";
import { serverAction } from "@/lib/http/server-action";
import { CodeForm, NamePasskeyForm, RememberForm, VerificationForm } from "../form-schemas";
import { settle } from "../settle";

async function continueFlow(step?: () => Promise<unknown>, values: Record<string, string> = {}) {
  const token = await flowCookie();
  const meta = await actionMeta();
  return settle(async () => {
    await step?.();
    return advanceFlow(token, meta);
  }, values);
}

const flow = async () => loadActiveFlow(await flowCookie());

/** The verify forms' "Don't ask again on this device" box; a form without it asks nothing. */
async function rememberIfTicked(form?: FormData) {
  if (form && formInput(RememberForm, form).rememberDevice) {
    await chooseRememberDevice(await flow());
  }
}

/** A refused code re-renders the page too, so its "attempts left" warning is current. */
function refreshOnError(state: ActionState): ActionState {
  if (state.error) refresh();
  return state;
}

/** "Continue" after a step finished elsewhere (e.g. in another tab). */
export const continueAction = serverAction(async (): Promise<void> => {
  await continueFlow();
});

/** Continues after a passkey verified through the JSON API; a refusal comes back to the page. */
export const continueAfterPasskeyAction = serverAction(
  async (_state: ActionState, form?: FormData): Promise<ActionState> => {
    return continueFlow(async () => rememberIfTicked(form));
  },
  refusedState,
);

export const skipAction = serverAction(async (): Promise<void> => {
  await continueFlow(async () => skipMfa(await flow()));
});

export const startTotpSetupAction = serverAction(async (): Promise<void> => {
  let target: string;
  try {
    const { verificationId } = await createTotpSecret(await flow());
    target = `/mfa/totp-setup?v=${encodeURIComponent(verificationId)}`;
  } catch (error) {
    target = mfaPagePath(error) ?? "/mfa/enroll";
  }
  redirect(target);
});

export const confirmTotpSetupAction = serverAction(
  async (_: ActionState, form: FormData): Promise<ActionState> => {
    const { code, verificationId } = formInput(CodeForm, form);
    return continueFlow(async () => {
      // A code that cannot be one is refused before the step, so it never counts as an attempt.
      parseInput(TotpVerifyInput, { code, verificationId });
      await verifyTotp(await flow(), { code, verificationId, meta: await actionMeta() });
      await bindMfa(await flow(), "Totp", verificationId);
    });
  },
  refusedState,
);

export const verifyTotpAction = serverAction(
  async (_: ActionState, form: FormData): Promise<ActionState> => {
    const { code } = formInput(CodeForm, form);
    return refreshOnError(
      await continueFlow(async () => {
        parseInput(TotpVerifyInput, { code });
        await verifyTotp(await flow(), { code, meta: await actionMeta() });
        await rememberIfTicked(form);
      }),
    );
  },
  refusedState,
);

export const verifyBackupCodeAction = serverAction(
  async (_: ActionState, form: FormData): Promise<ActionState> => {
    const { code } = formInput(CodeForm, form);
    return refreshOnError(
      await continueFlow(
        async () => {
          parseInput(BackupCodeVerifyInput, { code });
          return verifyFlowBackupCode(await flow(), code, await actionMeta());
        },
        { code },
      ),
    );
  },
  refusedState,
);

export type BackupCodesState = ActionState & { codes?: string[]; verificationId?: string };

/** Returns the flow's set to the page: the one waiting to be bound, else a new one. */
export const generateBackupCodesAction = serverAction(
  async (_: BackupCodesState): Promise<BackupCodesState> => {
    try {
      return await generateFlowBackupCodes(await flow());
    } catch (error) {
      const page = mfaPagePath(error);
      if (page) redirect(page);
      return toActionState(error, {});
    }
  },
  refusedState,
);

export const confirmBackupCodesAction = serverAction(
  async (_: ActionState, form: FormData): Promise<ActionState> => {
    const { verificationId } = formInput(VerificationForm, form);
    return continueFlow(async () => bindMfa(await flow(), "BackupCode", verificationId));
  },
  refusedState,
);

export const namePasskeyAction = serverAction(
  async (_: ActionState, form: FormData): Promise<ActionState> => {
    const { verificationId, name } = formInput(NamePasskeyForm, form);
    return continueFlow(
      async () => {
        await namePasskey(await flow(), verificationId, name);
        await bindMfa(await flow(), "WebAuthn", verificationId);
      },
      { name },
    );
  },
  refusedState,
);
