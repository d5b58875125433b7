// Failed password sign-ins: a wrong password and an unknown user look exactly the same, leave no
// session, keep the identifier and clear the password; the next correct attempt still works.

import { expect, test, uniqueUser } from "./fixtures";
import { AccountPage } from "./pages/account";
import { INVALID_CREDENTIALS, SignInPage } from "./pages/sign-in";
import { registerViaApi, sessionUser } from "./support/api";

test("wrong password and unknown user get the same answer and no session", async ({
  page,
  request,
}) => {
  const user = uniqueUser();
  await registerViaApi(request, user);
  const signIn = new SignInPage(page);
  await signIn.goto();

  const attempts = [
    { identifier: user.username, password: `${user.password}-wrong` },
    { identifier: user.email, password: `${user.password}-wrong` },
    { identifier: uniqueUser().username, password: user.password },
    { identifier: uniqueUser().email, password: user.password },
  ];
  for (const attempt of attempts) {
    await test.step(`${attempt.identifier} with a bad password`, async () => {
      await signIn.signIn(attempt.identifier, attempt.password);
      // The cleared password marks the answer's arrival (the alert may still show the last one).
      await expect(signIn.password).toHaveValue("");
      await expect(signIn.identifier).toHaveValue(attempt.identifier);
      await expect(signIn.invalidCredentials).toBeVisible();
      await expect(signIn.invalidCredentials).toHaveText(INVALID_CREDENTIALS);
      await expect(page).toHaveURL("/sign-in");
      await expect(signIn.identifier).toHaveAttribute("aria-invalid", "true");
      await expect(signIn.password).toHaveAttribute("aria-invalid", "true");
      expect(await sessionUser(page.request)).toBeNull();
    });
  }

  // After all that, the right password still signs in.
  await signIn.signIn(user.username, user.password);
  await new AccountPage(page).expectSignedInAs(user.username);
  expect((await sessionUser(page.request))?.username).toBe(user.username);
});

test("an empty identifier is a field error, not a sign-in attempt", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn("", "whatever-password");
  await expect(signIn.identifier).toHaveAccessibleDescription("Enter a username or an email.");
  await expect(page.getByText("Enter a username or an email.")).toBeVisible();
  await expect(signIn.invalidCredentials).toHaveCount(0);
  await expect(page).toHaveURL("/sign-in");
  expect(await sessionUser(page.request)).toBeNull();
});

test("the empty identifier field is marked invalid for assistive technology", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn("", "whatever-password");
  await expect(signIn.identifier).toHaveAccessibleDescription("Enter a username or an email.");
  // The answer is on the page by now (the description), so no need to wait long.
  await expect(signIn.identifier).toHaveAttribute("aria-invalid", "true", { timeout: 1_000 });
});
