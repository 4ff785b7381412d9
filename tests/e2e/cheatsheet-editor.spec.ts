import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./pages.ts";

test.beforeEach(async ({ page }) => {
  expect((await page.request.post("/api/v1/session", { data: { email: "pm@acme.example", password: DEMO_PASSWORD } })).ok()).toBe(true);
});

test("a new sheet that takes a published sheet's title is warned, with a link to the other one", async ({ page }) => {
  const published = (await (await page.request.get("/api/v1/cheatsheets?status=published&limit=1")).json()).items[0] as { id: string; title: string };
  await page.goto("/cheatsheets/new");
  await page.getByRole("textbox", { name: "Title" }).fill(published.title.toUpperCase());
  const notice = page.getByRole("status").filter({ hasText: "Another sheet has this title" });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole("link", { name: published.title })).toHaveAttribute("href", `/cheatsheets/${published.id}`);
  await page.getByRole("textbox", { name: "Title" }).fill(`${published.title} for buyers`);
  await expect(notice).toHaveCount(0);
});

test("editing a sheet in review asks before withdrawing it, and says so after", async ({ page }) => {
  const created = await (await page.request.post("/api/v1/cheatsheets", { data: { title: "Withdraw me" }, headers: await csrf(page) })).json();
  const submitted = await page.request.post(`/api/v1/cheatsheets/${created.id}/submit`, { data: { version: created.version }, headers: await csrf(page) });
  expect(submitted.ok()).toBe(true);
  await page.goto(`/cheatsheets/${created.id}/edit`);
  await expect(page.getByText("This sheet is in review. Saving changes to its content takes it back to draft.")).toBeVisible();
  await page.getByRole("textbox", { name: "Pitch" }).fill("A shorter pitch.");
  await page.getByRole("button", { name: "Save draft" }).click();
  const dialog = page.getByRole("dialog", { name: "Withdraw it from review?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Save and withdraw" }).click();
  await expect(page.getByText("Draft saved and withdrawn from review.")).toBeVisible();
});

async function csrf(page: Page): Promise<Record<string, string>> {
  const session = await (await page.request.get("/api/v1/session")).json();
  return { "x-csrf-token": session.csrfToken };
}
