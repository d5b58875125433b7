import type { FactorDescriptor } from "../descriptor";

export const backupCodeFactor = {
  type: "BackupCode",
  role: "recovery",
  cardinality: "set",
  inUse: "user.backup_code_already_in_use",
  rank: 2,
  amr: [],
  icon: "codes",
  copy: {
    label: "Backup code",
    storedLabel: "Backup codes",
    noun: "backup codes",
    plural: "backup codes",
    enrollHint: "One-time codes for when you lose your other method",
    verifyHint: "Enter one of the codes you saved",
    lockedNoun: "Backup codes",
    settingTitle: "Backup codes",
    settingDescription: "10 one-time codes for when the other factors are out of reach",
  },
} as const satisfies FactorDescriptor<"BackupCode">;
