// Registration and password sign-in through the hosted pages, checked against the server's
// session, plus the registration form's validation (which must create no account).

import { expect, test, uniqueUser } from "./fixtures";
import { AccountPage } from "./pages/account";
import { RegisterPage } from "./pages/register";
import { SignInPage } from "./pages/sign-in";
import {
  expectCredentialsRejected,
  registerViaApi,
  sessionUser,
  signInViaApi,
} from "./support/api";

test("register, sign out, then sign in with the username and with the email", async ({ page }) => {
  const user = uniqueUser();
  const register = new RegisterPage(page);
  const account = new AccountPage(page);
  const signIn = new SignInPage(page);

  await register.goto();
  await register.register(user);
  await account.expectSignedInAs(user.username);
  expect(await sessionUser(page.request)).toMatchObject({
    username: user.username,
    primaryEmail: user.email,
    role: "user",
  });

  await account.signOut.click();
  await expect(page).toHaveURL("/sign-in");
  await expect(signIn.heading).toBeVisible();
  expect(await sessionUser(page.request)).toBeNull();

  await signIn.signIn(user.username, user.password);
  await account.expectSignedInAs(user.username);
  expect((await sessionUser(page.request))?.username).toBe(user.username);

  await account.signOut.click();
  await expect(page).toHaveURL("/sign-in");
  expect(await sessionUser(page.request)).toBeNull();

  await signIn.signIn(user.email, user.password);
  await account.expectSignedInAs(user.username);
  expect((await sessionUser(page.request))?.primaryEmail).toBe(user.email);
});

test("the sign-in page links to registration", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.createAccountLink.click();
  await expect(page).toHaveURL("/register");
  await expect(new RegisterPage(page).heading).toBeVisible();
});

test.describe("registration validation creates no account", () => {
  test("a common password", async ({ page, request }) => {
    const user = { ...uniqueUser(), password: "password123" };
    const register = new RegisterPage(page);
    await register.goto();
    await register.register(user);

    await register.expectFieldError(register.password, /^This password is too common/);
    await expect(page).toHaveURL("/register");
    // What was typed stays, except the password.
    await expect(register.username).toHaveValue(user.username);
    await expect(register.email).toHaveValue(user.email);
    await expect(register.password).toHaveValue("");
    expect(await sessionUser(page.request)).toBeNull();
    await expectCredentialsRejected(request, user.username, user.password);
  });

  test("a username that is too short", async ({ page, request }) => {
    const user = { ...uniqueUser(), username: "ab" };
    const register = new RegisterPage(page);
    await register.goto();
    await register.register(user);

    await register.expectFieldError(register.username, /^Usernames are 3–32 characters/);
    await expect(page).toHaveURL("/register");
    expect(await sessionUser(page.request)).toBeNull();
    await expectCredentialsRejected(request, user.username, user.password);
    await expectCredentialsRejected(request, user.email, user.password);
  });

  test("a username that is already taken", async ({ page, request, playwright }) => {
    const existing = uniqueUser();
    const owner = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    try {
      await registerViaApi(owner, existing);
    } finally {
      await owner.dispose();
    }
    const intruder = { ...uniqueUser(), username: existing.username };

    const register = new RegisterPage(page);
    await register.goto();
    await register.register(intruder);

    await register.expectFieldError(register.username, "This username is already taken.");
    await expect(page).toHaveURL("/register");
    expect(await sessionUser(page.request)).toBeNull();
    // Neither the new password nor the new email gets in; the original account is untouched.
    await expectCredentialsRejected(request, intruder.username, intruder.password);
    await expectCredentialsRejected(request, intruder.email, intruder.password);
    expect((await signInViaApi(request, existing.username, existing.password)).primaryEmail).toBe(
      existing.email,
    );
  });
});
