import { expect, test } from "@playwright/test";
import { navigate, signUp } from "./fixtures.ts";

test.use({ viewport: { width: 375, height: 740 } });

test("on a phone: the menu opens, and a script's API token is created and works", async ({ page, request }) => {
  await signUp(page, "Pocket Partners", "Paula Phone");
  // The navigation hides behind the menu button at this width.
  await expect(page.getByRole("button", { name: "Open navigation" })).toBeVisible();
  await navigate(page, "API tokens");
  await expect(page.getByText("No API tokens yet")).toBeVisible();

  const form = page.getByRole("form", { name: "Create an API token" });
  await form.getByRole("textbox", { name: "Name", exact: true }).fill("Nightly CRM sync");
  await form.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByRole("textbox", { name: "API token", exact: true }).inputValue();
  expect(token).toMatch(/^tdm_/);

  // Nothing on the page is wider than the screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  const session = await request.get("/api/v1/session", { headers: { authorization: `Bearer ${token}` } });
  expect(session.status()).toBe(200);
  expect((await session.json()).workspace.name).toBe("Pocket Partners");
});
