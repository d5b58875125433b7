// Placeholder until the real journeys land: the hosted sign-in page renders.
import { expect, test } from "./fixtures";

test("sign-in page loads", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
