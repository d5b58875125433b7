// The overview's next steps, from the real state: each is listed until it is done, and links
// to where it is done.
import { getDb } from "@/lib/db/client";
import { DEMO_CLIENT_ID } from "@/lib/demo/demo-app";
import { getSettings } from "@/lib/settings/store";
import { authenticatorTypesOf } from "@/lib/users/authenticator-types";

export type NextStep = { id: "enable_mfa" | "own_mfa" | "first_app"; href: string };

export async function nextSteps(adminId: string): Promise<NextStep[]> {
  const db = getDb();
  const [settings, ownFactors, apps] = await Promise.all([
    getSettings(),
    authenticatorTypesOf(adminId),
    // The demo app is seeded at first start; it does not mean one of yours is registered.
    db.application.count({ where: { id: { not: DEMO_CLIENT_ID } } }),
  ]);
  const steps: NextStep[] = [];
  if (settings.mfa.factors.length === 0) {
    steps.push({ id: "enable_mfa", href: "/console/sign-in-experience/mfa" });
  }
  if (ownFactors.length === 0) steps.push({ id: "own_mfa", href: "/account/security" });
  if (apps === 0) steps.push({ id: "first_app", href: "/console/applications" });
  return steps;
}
