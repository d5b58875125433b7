// The enrollment prompt is a one-time suggestion: "Skip for now" signs in, and the next sign-in
// does not ask again.

import { expect, test, uniqueUser } from "./fixtures";
import { AccountPage } from "./pages/account";
import { EnrollPage } from "./pages/mfa";
import { RegisterPage } from "./pages/register";
import { SignInPage } from "./pages/sign-in";
import { sessionUser } from "./support/api";
import { enableMfa, restoreMfa } from "./support/settings";

test.beforeAll(async ({ playwright }) => enableMfa(playwright));
test.afterAll(async ({ playwright }) => restoreMfa(playwright));

test("skip the prompt at registration: signed in, and not asked at the next sign-in", async ({
  page,
}) => {
  const user = uniqueUser();
  const register = new RegisterPage(page);
  const enroll = new EnrollPage(page);
  const account = new AccountPage(page);
  const signIn = new SignInPage(page);

  await register.goto();
  await register.register(user);
  await enroll.expectPrompt();
  expect(await sessionUser(page.request)).toBeNull();
  await enroll.skip.click();
  await account.expectSignedInAs(user.username);

  await account.signOut.click();
  await expect(page).toHaveURL("/sign-in");
  await signIn.signIn(user.username, user.password);
  await account.expectSignedInAs(user.username);
  expect((await sessionUser(page.request))?.username).toBe(user.username);
});
