// Changes the branding section (console Branding tab, Management API PATCH /api/sign-in-exp):
// the given fields over the stored ones, with the logo checked to be one that was uploaded.

import { z } from "zod";
import type { AuditActor } from "@/lib/audit/record";
import { logoExists } from "@/lib/branding/read-logo";
import { type Branding, BrandingPatchSchema } from "@/lib/branding/schemas";
import { AppError } from "@/lib/core/errors";
import { parseInput } from "@/lib/core/input";
import type { RequestMeta } from "@/lib/core/request-meta";
import { getSettings, type Settings } from "./store";
import { updateSettings } from "./update-settings";

// Wrapped so refusals name `branding.<field>`, the same paths the Management API reports.
const InputSchema = z.strictObject({ branding: BrandingPatchSchema });

/**
 * The branding to store: `patch` (unparsed) over the current one. Throws guard.invalid_input
 * naming `branding.<field>` (a colour white text cannot be read on, an unknown logo, …).
 */
export async function nextBranding(patch: unknown): Promise<Branding> {
  const { logoUrl, ...rest } = parseInput(InputSchema, { branding: patch }).branding;
  const current = (await getSettings()).branding;
  const next: Branding = { ...current, ...rest };
  if (logoUrl === null) delete next.logoUrl;
  if (logoUrl) {
    if (!(await logoExists(logoUrl))) {
      throw new AppError("guard.invalid_input", {
        issues: [{ path: "branding.logoUrl", message: "No uploaded logo has this address." }],
      });
    }
    next.logoUrl = logoUrl;
  }
  return next;
}

export type UpdateBrandingOptions = {
  /** Unparsed: some of `{ productName, logoUrl, primaryColor, darkMode }`. */
  branding: unknown;
  actor: AuditActor;
  meta?: RequestMeta;
};

/** Saves the branding on an admin's behalf; throws as nextBranding does, saving nothing. */
export async function updateBranding({
  branding,
  actor,
  meta,
}: UpdateBrandingOptions): Promise<Settings> {
  return updateSettings({ patch: { branding: await nextBranding(branding) }, actor, meta });
}
