// "Don't ask again on this device": the choice is allowed only while the setting is on and the
// flow proved a stored authenticator app or passkey (a backup code is a recovery path, and a
// remembered device proves nothing itself). Kept in the flow; completeFlow stores the device.
import { AppError } from "@/lib/core/errors";
import { getSettings } from "@/lib/settings/store";
import { saveFlow } from "../flow-store";
import type { Flow } from "../types";

/** True when this flow may remember the browser: setting on, a TOTP or passkey proof. */
export async function mayRememberDevice(flow: Flow): Promise<boolean> {
  const { mfa, trustedDevice } = await getSettings();
  if (!trustedDevice.enabled) return false;
  return flow.data.verifications.some(
    (r) =>
      (r.type === "Totp" || r.type === "WebAuthn") &&
      !r.isNew &&
      r.verified &&
      mfa.factors.includes(r.type),
  );
}

/** Throws session.mfa.trusted_device_not_allowed. */
export async function assertMayRememberDevice(flow: Flow): Promise<void> {
  if (!(await mayRememberDevice(flow)))
    throw new AppError("session.mfa.trusted_device_not_allowed");
}

/**
 * Keeps the hosted form's choice in the flow, as later steps (backup codes) may come before
 * submit. A box ticked on a page the settings no longer allow is dropped, not an error: the
 * factor was verified and the sign-in goes on. Returns whether the choice was kept.
 */
export async function chooseRememberDevice(flow: Flow): Promise<boolean> {
  if (!(await mayRememberDevice(flow))) return false;
  if (!flow.data.rememberDevice)
    await saveFlow(flow, { data: { ...flow.data, rememberDevice: true } });
  return true;
}
