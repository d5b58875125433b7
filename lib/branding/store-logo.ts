// Stores an uploaded logo after checking what it is: PNG, JPEG or WebP by their magic bytes, or an
// SVG that passes checkSvg. Stored once per content (its SHA-256 is the key and the file name).
import { createHash } from "node:crypto";
import { AppError } from "@/lib/core/errors";
import { getDb } from "@/lib/db/client";
import { sniffImage } from "./image-type";
import { LOGO_TYPES, logoPath } from "./logo-path";
import { checkSvg } from "./svg-check";

export const MAX_LOGO_BYTES = 256 * 1024;

const refuse = (message: string) =>
  new AppError("guard.invalid_input", { issues: [{ path: "logo", message }] });

/** Returns the logo's path. Throws guard.invalid_input (path `logo`) saying why it was refused. */
export async function storeLogo(bytes: Uint8Array): Promise<{ logoUrl: string }> {
  if (bytes.length === 0) throw refuse("Choose an image file.");
  if (bytes.length > MAX_LOGO_BYTES) throw refuse("The logo must be 256 KiB or smaller.");
  const ext = sniffImage(bytes);
  if (!ext) throw refuse("Use a PNG, JPEG, WebP or SVG image.");
  if (ext === "svg") {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw refuse("The SVG is not valid UTF-8 text.");
    }
    const verdict = checkSvg(text);
    if (!verdict.ok) throw refuse(`This SVG cannot be used: ${verdict.reason}`);
  }
  const hash = createHash("sha256").update(bytes).digest("hex");
  // The same bytes always make the same row: an upload racing another of the same file loses
  // the insert and finds the row it wanted.
  try {
    await getDb().brandingAsset.create({
      data: { hash, contentType: LOGO_TYPES[ext], data: Buffer.from(bytes) },
    });
  } catch (error) {
    if ((error as { code?: string })?.code !== "P2002") throw error;
  }
  return { logoUrl: logoPath(hash, ext) };
}
