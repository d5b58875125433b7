// The RFC 8176 amr values a flow proved: password `pwd`, TOTP `otp`, a passkey
// `user` plus `hwk` or `swk`, a backup code nothing of its own, and `mfa` once a second factor
// joined the password, or with a passkey that signed in alone (user verification: two factors in
// one, RFC 8176 §2). A factor enrolled in the flow counts once it is bound: proving the new
// authenticator is how a user without one reaches the level an app asked for.
import type { Flow } from "./types";

export function flowAmr(flow: Flow): string[] {
  const amr = new Set<string>();
  let secondFactor = false;
  const bound = new Set(flow.data.bindings.map((b) => b.verificationId));
  for (const record of flow.data.verifications) {
    switch (record.type) {
      case "Password":
      case "NewPasswordIdentity":
        amr.add("pwd");
        break;
      case "Passkey":
        if (!record.verified) break;
        amr.add("user");
        amr.add(record.deviceType === "multiDevice" ? "swk" : "hwk");
        amr.add("mfa");
        break;
      case "TrustedDevice":
        // A remembered device skips the policy's second factor but proves none.
        break;
      case "Session":
        for (const value of record.amr) if (value !== "mfa") amr.add(value);
        if (record.amr.includes("mfa")) secondFactor = true;
        break;
      case "Totp":
      case "BackupCode":
      case "WebAuthn": {
        if (!record.verified || (record.isNew && !bound.has(record.id))) break;
        if (record.type === "BackupCode" && record.isNew) break;
        secondFactor = true;
        if (record.type === "Totp") amr.add("otp");
        if (record.type === "WebAuthn") {
          const deviceType = record.deviceType ?? record.credential?.deviceType;
          amr.add("user");
          amr.add(deviceType === "multiDevice" ? "swk" : "hwk");
        }
        break;
      }
    }
  }
  if (secondFactor && amr.has("pwd")) amr.add("mfa");
  return [...amr];
}
