// Where sign-in sends people: the page's same-origin `returnTo`, never another site.

import { expect, test, uniqueUser } from "./fixtures";
import { AccountPage } from "./pages/account";
import { SignInPage } from "./pages/sign-in";
import { readAdmin } from "./support/admin";
import { registerViaApi, sessionUser } from "./support/api";
import { OPEN_REDIRECTS } from "./support/open-redirects";

test("a same-origin returnTo is where sign-in lands", async ({ page, request }) => {
  const user = uniqueUser();
  await registerViaApi(request, user);
  const signIn = new SignInPage(page);
  await signIn.goto({ returnTo: "/account?from=link" });
  await signIn.signIn(user.username, user.password);
  await expect(page).toHaveURL("/account?from=link");
  await new AccountPage(page).expectSignedInAs(user.username);
});

test("a returnTo pointing to another site is ignored", async ({ page, request }) => {
  const user = uniqueUser();
  await registerViaApi(request, user);
  const signIn = new SignInPage(page);
  const account = new AccountPage(page);
  for (const returnTo of [
    "https://evil.example/x",
    "//evil.example/x",
    "/\\evil.example/x",
    ...OPEN_REDIRECTS,
  ]) {
    await test.step(JSON.stringify(returnTo), async () => {
      await signIn.goto({ returnTo });
      await signIn.signIn(user.username, user.password);
      // Resolved against baseURL: the product's own origin, on the default page.
      await expect(page).toHaveURL("/account");
      await account.expectSignedInAs(user.username);
      await account.signOut.click();
      await expect(page).toHaveURL("/sign-in");
    });
  }
});

test("a returnTo keeps its query and fragment", async ({ page }) => {
  const admin = readAdmin();
  const signIn = new SignInPage(page);
  await signIn.goto({ returnTo: "/console/users?x=1#a" });
  await signIn.signIn(admin.username, admin.password);
  await expect(page).toHaveURL("/console/users?x=1#a");
});

test("after a failed attempt, the returnTo of the page signed in from still counts", async ({
  page,
}) => {
  const admin = readAdmin();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(admin.username, `${admin.password}-typo`);
  await expect(signIn.invalidCredentials).toBeVisible();

  // The admin then opens a deep console link and is asked to sign in for it.
  await page.goto("/console/users");
  await expect(page).toHaveURL("/sign-in?returnTo=%2Fconsole%2Fusers");
  await signIn.signIn(admin.username, admin.password);
  await expect(page).not.toHaveURL(/\/sign-in/);
  expect((await sessionUser(page.request))?.role).toBe("admin");
  // Sign-in has finished by now (the URL left /sign-in), so no need to wait long.
  await expect(page).toHaveURL("/console/users", { timeout: 1_000 });
});
