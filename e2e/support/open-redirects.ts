// returnTo values a URL parser turns into another host ("/\t/x" → "//x"), or that cannot be
// sent as a Location header at all: sign-in must still end on the product's own origin.
export const OPEN_REDIRECTS = [
  "/\t/evil.example/x",
  "/\n/evil.example/x",
  "/\r\n/evil.example/x",
  "\t//evil.example/x",
  "/.//evil.example/x",
];
