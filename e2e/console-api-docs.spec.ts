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
  // Read once from the rendered page, then checked here: a locator per operation and error
  // code takes minutes now that the document covers three APIs.
  await expect(contents).toBeVisible();
  const rendered = await page.evaluate(() => {
    const visibleNav = [...document.querySelectorAll('nav[aria-label="On this page"]')].find(
      (nav) => (nav as HTMLElement).offsetParent !== null,
    );
    return {
      anchors: [...(visibleNav?.querySelectorAll("a") ?? [])].map((a) => a.getAttribute("href")),
      articles: [...document.querySelectorAll("article")].map((article) => ({
        name: article.getAttribute("aria-label"),
        text: article.textContent ?? "",
        rows: [...article.querySelectorAll("tr")].map((row) => row.textContent ?? ""),
      })),
    };
  });
  for (const { path, method, op } of operations) {
    const name = `${method.toUpperCase()} ${path}`;
    const articles = rendered.articles.filter((a) => a.name === name);
    expect(articles, name).toHaveLength(1);
    const article = articles[0];
    expect(article?.text, name).toContain(path);
    expect(
      rendered.anchors.filter((href) => href === `#op-${op.operationId}`),
      name,
    ).toHaveLength(1);
    // Every documented error code is listed with the operation, beside its status.
    for (const [status, answer] of Object.entries(op.responses)) {
      if (Number(status) < 400) continue;
      for (const code of answer.description.split(", ")) {
        const row = article?.rows.find((text) => text.includes(code));
        expect(row, `${name} ${code}`).toContain(status);
      }
    }
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
