import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./pages.ts";

test.beforeEach(async ({ page }) => {
  const signedIn = await page.request.post("/api/v1/session", { data: { email: "admin@acme.example", password: DEMO_PASSWORD } });
  expect(signedIn.ok()).toBe(true);
});

test("the first Tab stop skips to the page's content", async ({ page }) => {
  await page.goto("/services");
  await expect(page.getByRole("heading", { level: 1, name: "Service catalog" })).toBeVisible();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main-content")).toBeFocused();
});

test("after a navigation, focus is on the new page's heading", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Glossary" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Glossary" })).toBeFocused();
});

test("closing a dialog gives focus back to the button that opened it", async ({ page }) => {
  await page.goto("/members");
  const trigger = page.getByRole("button", { name: /^Edit roles of/ }).first();
  await trigger.click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(trigger).toBeFocused();
});

test("an invalid sign-up password is marked invalid for screen readers", async ({ browser }) => {
  const page = await browser.newPage();
  await page.goto("/signup");
  await page.getByRole("textbox", { name: "Password" }).fill("short");
  await page.getByRole("button", { name: "Create workspace" }).click();
  const password = page.getByRole("textbox", { name: "Password" });
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(password).toHaveAccessibleDescription(/10 characters/);
  await page.close();
});
