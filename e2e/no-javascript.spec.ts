// The hosted pages are plain forms bound to server actions: everything works with JavaScript off.
import { AccountPage } from "./pages/account";
import { RegisterPage } from "./pages/register";
import { INVALID_CREDENTIALS, SignInPage } from "./pages/sign-in";
import { sessionUser } from "./support/api";
import { expect, test, uniqueUser } from "./fixtures";

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
