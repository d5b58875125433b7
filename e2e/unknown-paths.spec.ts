// Paths nothing serves: the API answers JSON with a stable code for every method, pages get the
// branded 404 with a way back that fits the visitor, and the browser finds a favicon.
import { expect, test, uniqueUser } from "./fixtures";
import { signInAsAdmin } from "./support/admin";
import { ORIGIN, registerViaApi } from "./support/api";

// Nested, under known prefixes, with an encoded slash ("%2e%2e" is not here: the URL parser
// resolves it to the parent path before it is sent, so it is not an API path at all).
const UNKNOWN = [
  "/api/nope",
  "/api/users/u1/nope/deeper",
  "/api/users/u1/mfa-verifications/f1/extra",
  "/api/experience/x/y/z",
  "/api/nope%2Fdeeper",
];

test("unknown API paths answer JSON guard.not_found for every method", async ({ request }) => {
  for (const path of UNKNOWN) {
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
      const response = await request.fetch(path, {
        method,
        headers: { Origin: ORIGIN, "content-type": "application/json" },
        data: method === "GET" ? undefined : "{}",
      });
      expect(response.status(), `${method} ${path}`).toBe(404);
      expect(response.headers()["content-type"]).toContain("application/json");
      expect(await response.json()).toEqual({
        code: "guard.not_found",
        message: "There is no API endpoint at this path.",
      });
    }
  }
});

test("known API routes are unaffected", async ({ request }) => {
  expect((await request.get("/api/health")).status()).toBe(200);
  const noKey = await request.get("/api/users/some-user/mfa-verifications");
  expect(noKey.status()).toBe(401);
  expect((await noKey.json()).code).toBe("auth.unauthorized");
  expect((await request.get("/api/openapi.json")).status()).toBe(200);
  // next-auth's own catch-all still answers its paths.
  expect((await request.get("/api/auth/csrf")).status()).toBe(200);
});

test("unknown pages get the branded 404 with a way back", async ({ page, browser }) => {
  const response = await page.goto("/no/such/page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Go to sign-in" }).click();
  await expect(page).toHaveURL("/sign-in");

  const user = await browser.newContext();
  const userPage = await user.newPage();
  await registerViaApi(userPage.request, uniqueUser());
  await userPage.goto("/account/nothing-here");
  await expect(userPage.getByRole("link", { name: "Go to your account" })).toHaveAttribute(
    "href",
    "/account",
  );
  await user.close();

  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await signInAsAdmin(adminPage);
  await adminPage.goto("/console/nothing-here");
  await expect(adminPage.getByRole("link", { name: "Go to the console" })).toHaveAttribute(
    "href",
    "/console",
  );
  await admin.close();
});

test("the favicon and the icon are served", async ({ request }) => {
  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect(ico.headers()["content-type"]).toContain("image/");
  const svg = await request.get("/icon.svg");
  expect(svg.status()).toBe(200);
  expect(await svg.text()).toContain("<svg");
});
