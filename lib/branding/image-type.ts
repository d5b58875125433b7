// What an uploaded logo really is, from its first bytes: the file name and the declared type are
// the uploader's word, the magic bytes are the file's.
import type { LogoExtension } from "./logo-path";

const startsWith = (bytes: Uint8Array, prefix: number[], at = 0) =>
  prefix.every((byte, i) => bytes[at + i] === byte);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** png, jpg or webp by signature; "svg" when the bytes look like markup; null otherwise. */
export function sniffImage(bytes: Uint8Array): LogoExtension | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpg";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "webp";
  // Markup starts with "<" after an optional UTF-8 byte order mark and whitespace.
  let i = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[i] as number)) i += 1;
  return bytes[i] === 0x3c ? "svg" : null;
}
