import { expect, type Page } from "@playwright/test";

export const PASSWORD = "a long enough password";

/** Signs up a new workspace through the form, as a person would; returns its first member's e-mail. */
export async function signUp(page: Page, workspaceName: string, name: string): Promise<string> {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${Date.now()}@example.com`;
  await page.goto("/signup");
  await page.getByLabel("Workspace name").fill(workspaceName);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("textbox", { name: "Password" }).fill(PASSWORD);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  return email;
}

/** Opens a page from the main navigation (through the burger menu on narrow screens). */
export async function navigate(page: Page, label: string): Promise<void> {
  const burger = page.getByRole("button", { name: "Open navigation" });
  if (await burger.isVisible()) await burger.click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: label }).click();
}
