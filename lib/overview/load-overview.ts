// Everything the console's overview draws: the last 30 UTC days of sign-ins by method, failures
// and lockouts, MFA adoption, and the admin's next steps.
import { lastDays } from "./days";
import { failuresPerDay } from "./failures-per-day";
import { mfaAdoption } from "./mfa-adoption";
import { nextSteps } from "./next-steps";
import { signInsPerDay } from "./sign-ins-per-day";

export async function loadOverview(adminId: string, now = new Date()) {
  const range = lastDays(now);
  const [signIns, failures, adoption, steps] = await Promise.all([
    signInsPerDay(range),
    failuresPerDay(range),
    mfaAdoption(range),
    nextSteps(adminId),
  ]);
  return { days: range.days, signIns, failures, adoption, steps };
}

export type Overview = Awaited<ReturnType<typeof loadOverview>>;
