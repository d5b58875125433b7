// Where an uploaded logo is served: its content hash is in the name, so a new picture is a new
// URL and browsers may cache each one for good.

export const LOGO_TYPES = {
  png: "image/png",
  jpg: "image/jpeg",
  webp: "image/webp",
  svg: "image/svg+xml",
} as const;
export type LogoExtension = keyof typeof LOGO_TYPES;

export const LOGO_PATH = /^\/branding\/logo-([0-9a-f]{64})\.(png|jpg|webp|svg)$/;

export function logoPath(hash: string, ext: LogoExtension): string {
  return `/branding/logo-${hash}.${ext}`;
}

/** The hash and extension of a served logo's file name (`logo-<hash>.<ext>`), or null. */
export function parseLogoFile(file: string): { hash: string; ext: LogoExtension } | null {
  const match = LOGO_PATH.exec(`/branding/${file}`);
  return match ? { hash: match[1] as string, ext: match[2] as LogoExtension } : null;
}
