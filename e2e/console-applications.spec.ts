// The console's Applications pages: register an app (its secret shown once), its details with
// what to copy, Require MFA, secret rotation and deletion; the demo app is already listed.

import { expect, test } from "./fixtures";
import { signInAsAdmin } from "./support/admin";

test("register an app, see its secret once, change it, rotate the secret and delete it", async ({
  page,
}) => {
  await signInAsAdmin(page);
  await page.goto("/console/applications");
  await expect(page.getByRole("heading", { level: 1, name: "Applications" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Twofold demo app" })).toBeVisible();

  const name = `Shop ${Date.now()}`;
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Type").selectOption("Traditional");
  await page.getByLabel("Redirect URIs (one per line)").fill("http://example.com/callback");
  await page.getByRole("button", { name: "Create application" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "http is only allowed" })).toBeVisible();
  // What was typed is kept; only the refused URI needs fixing.
  await expect(page.getByLabel("Name")).toHaveValue(name);
  await page.getByLabel("Redirect URIs (one per line)").fill("https://shop.example/callback");
  await page.getByRole("button", { name: "Create application" }).click();
  await expect(page.getByText(`"${name}" created`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy Client secret" })).toBeVisible();
  await page.getByRole("link", { name: `Open ${name}` }).click();

  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("/oidc/.well-known/openid-configuration")).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy Client id" })).toBeVisible();
  // The secret is not shown again.
  await expect(page.getByRole("button", { name: "Copy Client secret" })).toHaveCount(0);

  await page.getByLabel(/Require MFA for this app/).check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved. The change applies from the next sign-in.")).toBeVisible();
  await expect(page.getByLabel(/Require MFA for this app/)).toBeChecked();

  await page.getByRole("button", { name: "Rotate secret" }).click();
  await expect(page.getByText("New secret issued")).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy Client secret" })).toBeVisible();

  await page.getByRole("link", { name: "Delete application" }).click();
  await page.getByRole("button", { name: "Delete application" }).click();
  await expect(page).toHaveURL("/console/applications?notice=deleted");
  await expect(page.getByRole("link", { name })).toHaveCount(0);
});
