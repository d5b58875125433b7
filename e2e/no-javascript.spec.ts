// The hosted pages are plain forms bound to server actions: everything works with JavaScript off.

import { expect, test, uniqueUser } from "./fixtures";
import { AccountPage } from "./pages/account";
import { RegisterPage } from "./pages/register";
import { INVALID_CREDENTIALS, SignInPage } from "./pages/sign-in";
import { registerViaApi, sessionUser } from "./support/api";
import { OPEN_REDIRECTS } from "./support/open-redirects";

test.use({ javaScriptEnabled: false });

test("register, sign out, wrong password, sign in — all without JavaScript", async ({ page }) => {
  const user = uniqueUser();
  const register = new RegisterPage(page);
  const account = new AccountPage(page);
  const signIn = new SignInPage(page);

  await register.goto();
  await register.register({ ...user, password: "password123" });
  await expect(page.getByText(/^This password is too common/)).toBeVisible();
  await expect(register.username).toHaveValue(user.username);
  expect(await sessionUser(page.request)).toBeNull();

  await register.register(user);
  await account.expectSignedInAs(user.username);
  expect((await sessionUser(page.request))?.username).toBe(user.username);

  await account.signOut.click();
  await expect(page).toHaveURL("/sign-in");
  await expect(signIn.heading).toBeVisible();
  expect(await sessionUser(page.request)).toBeNull();

  await signIn.signIn(user.username, `${user.password}-wrong`);
  await expect(signIn.invalidCredentials).toHaveText(INVALID_CREDENTIALS);
  await expect(signIn.identifier).toHaveValue(user.username);
  await expect(signIn.password).toHaveValue("");
  expect(await sessionUser(page.request)).toBeNull();

  await signIn.signIn(user.email, user.password);
  await account.expectSignedInAs(user.username);
  expect((await sessionUser(page.request))?.username).toBe(user.username);
});

test("a returnTo that would leave the site ends on /account, signed in", async ({
  page,
  request,
}) => {
  const user = uniqueUser();
  await registerViaApi(request, user);
  const signIn = new SignInPage(page);
  const account = new AccountPage(page);
  for (const returnTo of OPEN_REDIRECTS) {
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

test("a same-origin returnTo with a query and fragment is kept", async ({ page, request }) => {
  const user = uniqueUser();
  await registerViaApi(request, user);
  const signIn = new SignInPage(page);
  await signIn.goto({ returnTo: "/account?x=1#a" });
  await signIn.signIn(user.username, user.password);
  await expect(page).toHaveURL("/account?x=1#a");
  await new AccountPage(page).expectSignedInAs(user.username);
});
