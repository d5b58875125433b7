// The console's Management API reference: admins reach it from the navigation, find every
// operation of the served OpenAPI document, and read it on a phone. (Who may enter is covered
// with the other console pages in console-access.spec.ts.)

import { expect, test } from "./fixtures";
import { signInAsAdmin } from "./support/admin";

type OpenApi = {
  servers: { url: string }[];
  paths: Record<
    string,
    Record<string, { operationId: string; responses: Record<string, { description: string }> }>
  >;
};

test("an admin opens the API reference from the nav and finds every operation", async ({
  page,
}) => {
  // It walks every operation and error code of the document, which grows with the API.
  test.setTimeout(90_000);
  await signInAsAdmin(page);
  await page.goto("/console/api-keys");
  await expect(page.getByRole("link", { name: "API reference" }).first()).toBeVisible();
  await page
    .getByRole("navigation", { name: "Console" })
    .getByRole("link", { name: "API reference" })
    .click();
  await expect(page).toHaveURL("/console/api-docs");
  await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();

  const response = await page.request.get("/api/openapi.json");
  expect(response.ok()).toBe(true);
  const doc = (await response.json()) as OpenApi;
  await expect(page.getByRole("region", { name: "Base URL" })).toContainText(
    doc.servers[0]?.url ?? "",
  );

  const contents = page.getByRole("navigation", { name: "On this page" });
  const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ path, method, op })),
  );
  expect(operations.length).toBeGreaterThan(10);
  for (const { path, method, op } of operations) {
    await test.step(`${method.toUpperCase()} ${path}`, async () => {
      const article = page.getByRole("article", {
        name: `${method.toUpperCase()} ${path}`,
        exact: true,
      });
      await expect(article).toHaveCount(1);
      await expect(article).toContainText(path);
      await expect(contents.locator(`a[href="#op-${op.operationId}"]`)).toHaveCount(1);
      // Every documented error code is listed with the operation.
      for (const [status, answer] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        for (const code of answer.description.split(", ")) {
          await expect(article.getByRole("row").filter({ hasText: code }).first()).toContainText(
            status,
          );
        }
      }
    });
  }

  // The contents jump to an operation.
  const listUsers = doc.paths["/api/users"]?.get?.operationId;
  await contents.locator(`a[href="#op-${listUsers}"]`).click();
  await expect(page).toHaveURL(`/console/api-docs#op-${listUsers}`);
  await expect(page.getByRole("article", { name: "GET /api/users", exact: true })).toBeInViewport();
});

test("the API reference fits a phone screen", async ({ page }) => {
  await signInAsAdmin(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/console/api-docs");
  await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();
  // The contents fold away above the reference on small screens.
  const contents = page.getByRole("navigation", { name: "On this page" });
  await expect(contents).toBeHidden();
  await page.locator("summary").filter({ hasText: "On this page" }).click();
  await expect(contents.getByRole("link", { name: "Authentication", exact: true })).toBeVisible();
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
  }));
  expect(widths.page).toBeLessThanOrEqual(widths.viewport);
});
