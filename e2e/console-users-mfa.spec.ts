// An admin managing a user's second factors from the console, checked from the user's side in a
// browser of their own: the factors as the details page lists them, removing the authenticator
// app, "Reset all MFA", and unlocking a user locked out by wrong app codes or wrong passwords.
import type { Browser, BrowserContext, Cookie, Page } from "@playwright/test";
import { expect, type TestUser, test, uniqueUser } from "./fixtures";
import { AccountPage } from "./pages/account";
import {
  BackupCodesPage,
  EnrollPage,
  enrollAuthenticatorApp,
  totpCode,
  VerifyPage,
} from "./pages/mfa";
import { RegisterPage } from "./pages/register";
import { SignInPage } from "./pages/sign-in";
import { adminSessionCookies } from "./support/admin";
import { ORIGIN, sessionUser } from "./support/api";
import { seedAttempts } from "./support/sentinel";
import { enableMfa, type LockoutPolicy, type MfaSettings, restoreMfa } from "./support/settings";

const SETTINGS: MfaSettings = {
  factors: ["Totp", "BackupCode"],
  policy: "PromptAtSignInAndSignUp",
};
// Low, so a lockout takes three wrong codes (a sign-in allows five before it must restart).
const LOCKOUT: LockoutPolicy = { maxAttempts: 3, lockoutDuration: 60 };
const INVALID_CODE = "That code is not valid. Check your authenticator app and try again.";

// Each test registers and enrolls a user with real argon2 hashing, then signs them in again.
test.describe.configure({ timeout: 90_000 });

// Taken before MFA is on: the admin has no second factor, so an API sign-in would stop at it.
let adminCookies: Cookie[] = [];

test.beforeAll(async ({ playwright }) => {
  // A worker started again after a failure finds MFA still on: turn it off to sign in first.
  await restoreMfa(playwright);
  adminCookies = await adminSessionCookies(playwright);
  await enableMfa(playwright, SETTINGS, LOCKOUT);
});
test.afterAll(async ({ playwright }) => restoreMfa(playwright));

test.beforeEach(async ({ context }) => {
  await context.addCookies(adminCookies);
});

type EnrolledUser = {
  context: BrowserContext;
  page: Page;
  input: TestUser;
  id: string;
  secret: string;
  backupCodes: string[];
};

/**
 * A user who registered in a browser of their own (closed by the caller), set up an
 * authenticator app and backup codes on the hosted pages, and signed out again.
 */
async function userWithAuthenticatorApp(browser: Browser): Promise<EnrolledUser> {
  const context = await browser.newContext({ baseURL: ORIGIN });
  const page = await context.newPage();
  const input = uniqueUser();
  const register = new RegisterPage(page);
  await register.goto();
  await register.register(input);
  const secret = await enrollAuthenticatorApp(page);
  const backup = new BackupCodesPage(page);
  const backupCodes = await backup.generateCodes();
  await backup.continue.click();
  const account = new AccountPage(page);
  await account.expectSignedInAs(input.username);
  const id = (await sessionUser(page.request))?.id;
  if (!id) throw new Error(`${input.username} has no session after registering`);
  await account.signOut.click();
  await expect(page).toHaveURL("/sign-in");
  return { context, page, input, id, secret, backupCodes };
}

/** The user signs in with their password in their own browser; the caller asserts what follows. */
async function signInAgain(user: EnrolledUser): Promise<void> {
  const signIn = new SignInPage(user.page);
  await signIn.goto();
  await signIn.signIn(user.input.username, user.input.password);
}

async function openDetails(page: Page, user: EnrolledUser) {
  await page.goto(`/console/users/${user.id}`);
  await expect(page.getByRole("heading", { level: 1, name: user.input.username })).toBeVisible();
  const factors = page.getByRole("table", { name: "Factors" });
  return {
    factors,
    rows: factors.getByRole("row").filter({ has: page.getByRole("cell") }),
    totp: factors
      .getByRole("row")
      .filter({ has: page.getByRole("cell"), hasText: "Authenticator app" }),
    backup: factors
      .getByRole("row")
      .filter({ has: page.getByRole("cell"), hasText: "Backup codes" }),
    noFactor: page.getByText("No second factor yet"),
  };
}

/** Signs the user in again: with no factor left they are asked to enroll, not signed in yet. */
async function expectAskedToEnroll(user: EnrolledUser): Promise<EnrollPage> {
  await signInAgain(user);
  const enroll = new EnrollPage(user.page);
  await enroll.expectPrompt();
  expect(await sessionUser(user.page.request)).toBeNull();
  return enroll;
}

test("the admin sees the user's factors and removes the authenticator app", async ({
  page,
  browser,
}) => {
  const user = await userWithAuthenticatorApp(browser);
  try {
    const details = await openDetails(page, user);
    const headers = details.factors.getByRole("columnheader");
    await expect(headers).toContainText(["Type", "Name or device", "Added", "Last used"]);
    await expect(details.rows).toHaveCount(2);

    await test.step("each factor with its type, date added, last use and codes left", async () => {
      const added = new Intl.DateTimeFormat("en", {
        dateStyle: "medium",
        timeZone: "UTC",
      }).format(new Date());
      // Authenticator apps and backup codes have no name or device; passkeys do.
      await expect(details.totp.getByRole("cell")).toContainText([
        "Authenticator app",
        added,
        "Never",
        "Not applicable",
      ]);
      await expect(details.backup.getByRole("cell")).toContainText([
        "Backup codes",
        added,
        "Never",
        "10 left",
      ]);
    });

    await details.totp.getByRole("link", { name: "Remove authenticator app" }).click();
    await expect(page).toHaveURL(/[?&]confirm=remove&factor=[^&#]+#mfa$/);
    const confirm = page.getByRole("region", { name: "Remove the authenticator app?" });
    await expect(confirm).toBeVisible();
    await expect(confirm).toBeFocused();
    await expect(confirm).toContainText("Their backup codes go with it");
    await test.step("Cancel keeps the factor", async () => {
      await confirm.getByRole("link", { name: "Cancel" }).click();
      await expect(confirm).toHaveCount(0);
      await expect(details.rows).toHaveCount(2);
      await details.totp.getByRole("link", { name: "Remove authenticator app" }).click();
    });
    await confirm.getByRole("button", { name: "Remove authenticator app" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Factor removed." })).toBeVisible();
    await expect(details.totp).toHaveCount(0);
    // Backup codes are never a user's only factor: they went with the app.
    await expect(details.backup).toHaveCount(0);

    await test.step("the user's next sign-in asks them to turn on 2-step verification", async () => {
      const enroll = await expectAskedToEnroll(user);
      await enroll.choose();
      await expect(enroll.authenticatorApp).toBeVisible();
    });
  } finally {
    await user.context.close();
  }
});

test("Reset all MFA removes every factor: the user sets up 2-step verification again", async ({
  page,
  browser,
}) => {
  const user = await userWithAuthenticatorApp(browser);
  try {
    const details = await openDetails(page, user);
    await expect(details.rows).toHaveCount(2);

    await page.getByRole("link", { name: "Reset all MFA" }).click();
    const confirm = page.getByRole("region", {
      name: `Reset all MFA for ${user.input.username}?`,
    });
    await expect(confirm).toBeVisible();
    await expect(confirm).toBeFocused();
    await expect(confirm).toContainText("2 factors (authenticator app, backup codes)");
    await confirm.getByRole("button", { name: "Reset all MFA" }).click();

    await expect(
      page.getByRole("status").filter({ hasText: "All factors removed." }),
    ).toBeVisible();
    await expect(details.noFactor).toBeVisible();
    await expect(details.factors).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Reset all MFA" })).toHaveCount(0);

    const enroll = await expectAskedToEnroll(user);
    await expect(enroll.skip).toBeVisible();
  } finally {
    await user.context.close();
  }
});

test("a user locked out by wrong codes is unlocked by the admin and can verify again", async ({
  page,
  browser,
}) => {
  const user = await userWithAuthenticatorApp(browser);
  const verify = new VerifyPage(user.page);
  try {
    await test.step("three wrong app codes lock the authenticator app", async () => {
      await signInAgain(user);
      await expect(user.page).toHaveURL("/mfa/verify");
      await expect(verify.totpHeading).toBeVisible();
      // Ten steps ahead: far outside the ±1 step the server accepts.
      const wrong = totpCode(user.secret, 10);
      for (let attempt = 1; attempt < LOCKOUT.maxAttempts; attempt++) {
        const answered = user.page.waitForResponse(
          (r) => r.request().method() === "POST" && r.url().endsWith("/mfa/verify"),
        );
        await verify.code.fill(wrong);
        await answered;
        await expect(user.page.getByRole("alert").filter({ hasText: INVALID_CODE })).toBeVisible();
      }
      // The failure that reaches the limit answers with the lock itself.
      await verify.code.fill(wrong);
      await expect(user.page).toHaveURL(/\/mfa\/locked\?factor=Totp$/);
      await expect(user.page.getByText("Authenticator app codes are locked")).toBeVisible();
    });

    await test.step("the admin sees the lock in the user list", async () => {
      await page.goto(`/console/users?${new URLSearchParams({ search: user.input.username })}`);
      const row = page.getByRole("row").filter({ hasText: user.input.username });
      await expect(row).toHaveCount(1);
      await expect(row.getByRole("listitem").filter({ hasText: "Locked" })).toHaveText(
        /Locked \(Authenticator app codes: (59|60) min left\)/,
      );
      await row.getByRole("link", { name: user.input.username, exact: true }).click();
      await expect(page).toHaveURL(`/console/users/${user.id}`);
    });

    const lockNotice = page
      .getByRole("status")
      .filter({ hasText: "Locked after too many failed attempts" });
    await test.step("and on their details page, where Unlock clears it", async () => {
      await expect(
        page.getByRole("heading", { level: 1, name: user.input.username }),
      ).toBeVisible();
      await expect(lockNotice).toContainText(
        /Authenticator app codes are locked for (59|60) more minutes\./,
      );
      await lockNotice.getByRole("button", { name: "Unlock" }).click();
      await expect(
        page.getByRole("status").filter({ hasText: "Unlocked. The user can verify" }),
      ).toBeVisible();
      await expect(lockNotice).toHaveCount(0);
      await page.reload();
      await expect(lockNotice).toHaveCount(0);
      // Unlocking keeps the factors.
      await expect(
        // Factor rows have cells; each type's group heading row has none.
        page
          .getByRole("table", { name: "Factors" })
          .getByRole("row")
          .filter({ has: page.getByRole("cell"), hasText: "Authenticator app" }),
      ).toHaveCount(1);
    });

    await test.step("the user signs in with their app's code", async () => {
      await user.context.clearCookies({ name: "twofold_flow" });
      await signInAgain(user);
      await expect(verify.totpHeading).toBeVisible();
      await verify.code.fill(totpCode(user.secret, 1));
      await new AccountPage(user.page).expectSignedInAs(user.input.username);
    });
  } finally {
    await user.context.close();
  }
});

test("a user locked out of password sign-in is unlocked by the admin and signs in", async ({
  page,
  browser,
}) => {
  const user = await userWithAuthenticatorApp(browser);
  try {
    await test.step("100 wrong passwords lock even the right one out", async () => {
      // The pool's limit, seeded: 100 real wrong guesses would only cost time.
      seedAttempts(user.id, "Password", 100);
      await signInAgain(user);
      await expect(
        user.page.getByRole("alert").filter({ hasText: "Too many failed attempts" }),
      ).toBeVisible();
      await expect(user.page).toHaveURL(/\/sign-in/);
    });

    await test.step("the admin sees it in the user list", async () => {
      await page.goto(`/console/users?${new URLSearchParams({ search: user.input.username })}`);
      const row = page.getByRole("row").filter({ hasText: user.input.username });
      await expect(row.getByRole("listitem").filter({ hasText: "Locked" })).toHaveText(
        /Locked \(Password sign-in: (59|60) min left\)/,
      );
    });

    await test.step("and on the details page, where Unlock clears it", async () => {
      await page.goto(`/console/users/${user.id}`);
      const lockNotice = page
        .getByRole("status")
        .filter({ hasText: "Locked after too many failed attempts" });
      await expect(lockNotice).toContainText(
        /Password sign-in is locked for (59|60) more minutes\./,
      );
      await lockNotice.getByRole("button", { name: "Unlock" }).click();
      await expect(
        page.getByRole("status").filter({ hasText: "sign in with their password again" }),
      ).toBeVisible();
      await expect(lockNotice).toHaveCount(0);
    });

    await test.step("the right password leads on to the second factor", async () => {
      await user.context.clearCookies({ name: "twofold_flow" });
      await signInAgain(user);
      await expect(new VerifyPage(user.page).totpHeading).toBeVisible();
    });
  } finally {
    await user.context.close();
  }
});
