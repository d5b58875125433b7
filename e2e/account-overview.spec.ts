// The account overview's Security card says what is true for this user on this site.
import { expect, test, uniqueUser } from "./fixtures";
import { registerViaApi } from "./support/api";
import { enableMfa, MFA_ON, restoreMfa } from "./support/settings";

test.afterAll(async ({ playwright }) => restoreMfa(playwright));

test("the Security card follows the settings and the user's factors", async ({
  page,
  playwright,
}) => {
  await registerViaApi(page.request, uniqueUser());
  await page.goto("/account");
  await expect(page.getByText("2-step verification is not offered on this site.")).toBeVisible();
  await enableMfa(playwright, { ...MFA_ON, factors: ["WebAuthn", "BackupCode"] });
  await page.reload();
  await expect(
    page.getByText("2-step verification is off. Add a passkey to protect your account."),
  ).toBeVisible();
});
