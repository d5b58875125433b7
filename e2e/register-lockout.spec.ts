// Registration says when a name is taken, so availability checks are capped per client address;
// past the cap the page says so plainly, and other addresses are not affected.

import { expect, test, uniqueUser } from "./fixtures";
import { RegisterPage } from "./pages/register";
import { E2E_IDENTIFIER_CHECKS, seedAttempts, uniqueIp } from "./support/sentinel";

test("too many availability checks from one address: the form says how long to wait", async ({
  browser,
}) => {
  const ip = uniqueIp();
  seedAttempts(`ip:${ip}`, "IdentifierCheck", E2E_IDENTIFIER_CHECKS);
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    extraHTTPHeaders: { "x-forwarded-for": ip },
  });
  const page = await context.newPage();
  const register = new RegisterPage(page);
  await register.goto();
  await register.register(uniqueUser());
  await expect(page.getByRole("alert").filter({ hasText: "Too many sign-up attempts" })).toHaveText(
    /Too many sign-up attempts from your network\. Try again in (59|60) minutes\./,
  );
  await expect(register.heading).toBeVisible();
  await context.close();

  const elsewhere = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    extraHTTPHeaders: { "x-forwarded-for": uniqueIp() },
  });
  const other = new RegisterPage(await elsewhere.newPage());
  await other.goto();
  await other.register(uniqueUser());
  await expect(other.page).toHaveURL(/\/account$/);
  await elsewhere.close();
});
