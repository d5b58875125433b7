// Server actions run only for the exact public origin, like route handlers: the registration
// form posted as a browser without JavaScript would post it, but with no Origin, another site's,
// the right host over another scheme, or a trailing slash, creates nobody.
import type { APIRequestContext } from "@playwright/test";
import { expect, test, uniqueUser } from "./fixtures";
import { ORIGIN, tryPassword } from "./support/api";

const unescapeHtml = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The hidden fields React renders into /register's form for a JavaScript-free post. */
async function actionFields(request: APIRequestContext): Promise<Record<string, string>> {
  const html = await (await request.get("/register")).text();
  const fields: Record<string, string> = {};
  for (const input of html.matchAll(/<input[^>]*name="(\$ACTION[^"]*)"[^>]*>/g)) {
    const value = /value="([^"]*)"/.exec(input[0])?.[1] ?? "";
    fields[unescapeHtml(input[1] ?? "")] = unescapeHtml(value);
  }
  expect(Object.keys(fields).length, "server action fields on /register").toBeGreaterThan(0);
  return fields;
}

const HOSTILE: [string, string | undefined][] = [
  ["no Origin", undefined],
  ["another site", "http://evil.example"],
  ["the right host over https", ORIGIN.replace("http:", "https:")],
  ["a trailing slash", `${ORIGIN}/`],
];

for (const [label, origin] of HOSTILE) {
  test(`a registration post with ${label} is refused and creates nobody`, async ({ request }) => {
    const user = uniqueUser();
    const response = await request.post("/register", {
      multipart: {
        ...(await actionFields(request)),
        username: user.username,
        password: user.password,
        email: "",
      },
      headers: origin ? { Origin: origin } : {},
      maxRedirects: 0,
    });
    expect(response.status(), label).not.toBe(303);
    expect(response.headers()["set-cookie"] ?? "").not.toContain("session-token");
    expect((await tryPassword(request, user.username, user.password)).status).toBe(422);
  });
}

test("the same post with the site's own Origin registers the user", async ({ request }) => {
  const user = uniqueUser();
  const response = await request.post("/register", {
    multipart: {
      ...(await actionFields(request)),
      username: user.username,
      password: user.password,
      email: "",
    },
    headers: { Origin: ORIGIN },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  expect((await tryPassword(request, user.username, user.password)).status).toBe(200);
});
