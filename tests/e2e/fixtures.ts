import fs from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { simpleParser } from "mailparser";

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

/** The newest e-mail the server wrote to its outbox for `to` (no SMTP in the browser tests), as text. */
export async function lastMailTo(to: string): Promise<string> {
  const dir = path.join(process.env.E2E_DATA_DIR ?? "", "outbox");
  for (let attempt = 0; attempt < 50; attempt++) {
    const names = fs.existsSync(dir) ? fs.readdirSync(dir).sort().reverse() : [];
    for (const name of names) {
      const mail = await simpleParser(fs.readFileSync(path.join(dir, name)));
      const addressed = [mail.to].flat().some((address) => address?.text.toLowerCase().includes(to.toLowerCase()));
      if (addressed) return mail.text ?? "";
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no e-mail to ${to} in ${dir}`);
}
