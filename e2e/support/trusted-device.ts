// The trustedDevice setting for the remember-device spec, written straight into the e2e server's
// database like support/settings.ts does for MFA. Call enableMfa or restoreMfa right after: they
// write newer rows and wait until the server has reloaded every setting, this one included.
import { writeSettingRow } from "./setting-row";

export function writeTrustedDevice(setting: { enabled: boolean; days: number }): void {
  writeSettingRow("trustedDevice", setting);
}
