// Reads a stored logo by its served file name; the extension must match what was stored.
import { getDb } from "@/lib/db/client";
import { LOGO_TYPES, parseLogoFile } from "./logo-path";

export type StoredLogo = { contentType: string; data: Uint8Array; svg: boolean };

export async function readLogo(file: string): Promise<StoredLogo | null> {
  const parsed = parseLogoFile(file);
  if (!parsed) return null;
  const row = await getDb().brandingAsset.findUnique({ where: { hash: parsed.hash } });
  if (!row || row.contentType !== LOGO_TYPES[parsed.ext]) return null;
  return { contentType: row.contentType, data: row.data, svg: parsed.ext === "svg" };
}

/** Whether a logo path refers to a stored logo. */
export async function logoExists(logoUrl: string): Promise<boolean> {
  return (await readLogo(logoUrl.slice("/branding/".length))) !== null;
}
