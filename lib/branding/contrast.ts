// WCAG 2 contrast between colours, pure: the settings schema refuses an accent white text cannot
// be read on, and the console form says so while the admin picks, with this one function.

/** WCAG AA for normal text. */
export const MIN_CONTRAST = 4.5;

const HEX = /^#[0-9a-f]{6}$/i;

export function isHexColor(value: string): boolean {
  return HEX.test(value);
}

/** Relative luminance of `#rrggbb` (WCAG 2.x definition). */
export function relativeLuminance(hex: string): number {
  if (!isHexColor(hex)) throw new RangeError(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two `#rrggbb` colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

/** How white text reads on the colour; the branding accent needs MIN_CONTRAST. */
export function contrastWithWhite(hex: string): number {
  return contrastRatio(hex, "#ffffff");
}

/** "3.2:1", rounded down so a shown ratio never claims more than the colour has. */
export function formatRatio(ratio: number): string {
  return `${Math.floor(ratio * 10) / 10}:1`;
}

/** `a` mixed with `b` in sRGB, `t` of the way towards `b` (0…1), as `#rrggbb`. */
export function mixHex(a: string, b: string, t: number): string {
  const channel = (hex: string, i: number) => Number.parseInt(hex.slice(i, i + 2), 16);
  return `#${[1, 3, 5]
    .map((i) => Math.round(channel(a, i) * (1 - t) + channel(b, i) * t))
    .map((v) => v.toString(16).padStart(2, "0"))
    .join("")}`;
}

/**
 * The accent lightened (mixed with white) just enough to read as text on `background` with at
 * least MIN_CONTRAST: dark pages show links in it, since the accent itself is chosen to carry
 * white text and so is often too dark to read on a dark surface.
 */
export function readableOn(hex: string, background: string): string {
  for (let step = 0; step <= 20; step += 1) {
    const candidate = mixHex(hex, "#ffffff", step / 20);
    if (contrastRatio(candidate, background) >= MIN_CONTRAST) return candidate;
  }
  return "#ffffff";
}
