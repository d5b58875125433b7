// A friendly default name for a new passkey ("Chrome on Linux") from the User-Agent header.
// Names only: nothing else may rely on a header the client controls.

// First match wins: Edge, Opera and Samsung Internet also claim Chrome, and every browser Safari.
const BROWSERS: [RegExp, string][] = [
  [/\bEdg(e|A|iOS)?\//, "Edge"],
  [/\bOPR\/|\bOpera\b/, "Opera"],
  [/\bSamsungBrowser\//, "Samsung Internet"],
  [/\bFirefox\/|\bFxiOS\//, "Firefox"],
  [/\bChrome\/|\bCriOS\/|\bChromium\//, "Chrome"],
  [/\bVersion\/[\d.]+.*\bSafari\//, "Safari"],
];

// iOS says "like Mac OS X", Android and ChromeOS say "Linux": the specific ones come first.
const SYSTEMS: [RegExp, string][] = [
  [/\biPhone\b/, "iPhone"],
  [/\biPad\b/, "iPad"],
  [/\bAndroid\b/, "Android"],
  [/\bCrOS\b/, "ChromeOS"],
  [/\bWindows\b/, "Windows"],
  [/\bMacintosh\b|\bMac OS X\b/, "macOS"],
  [/\bLinux\b/, "Linux"],
];

const first = (ua: string, table: [RegExp, string][]) => table.find(([re]) => re.test(ua))?.[1];

/** "Chrome on Linux", "Safari on iPhone", …; `fallback` when nothing is recognised. Never throws. */
export function describeDevice(userAgent: string | null, fallback = "Passkey"): string {
  const ua = userAgent?.slice(0, 512) ?? "";
  const browser = first(ua, BROWSERS);
  const system = first(ua, SYSTEMS);
  return `${browser ?? fallback}${system ? ` on ${system}` : ""}`;
}
