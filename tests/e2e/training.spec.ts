import { expect, request as playwrightRequest, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./pages.ts";

interface BankQuestion {
  prompt: string;
  kind: "single" | "multiple";
  choices: { text: string; correct: boolean }[];
}

async function signedIn(baseURL: string, role: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  const response = await context.post("/api/v1/session", { data: { email: `${role}@acme.example`, password: DEMO_PASSWORD } });
  expect(response.ok()).toBe(true);
  return context;
}

const signIn = async (page: Page, role: string) => {
  const response = await page.request.post("/api/v1/session", { data: { email: `${role}@acme.example`, password: DEMO_PASSWORD } });
  expect(response.ok()).toBe(true);
};

test("a sales manager builds and publishes a quiz in the browser", async ({ page }) => {
  await signIn(page, "sales_manager");
  await page.goto("/quizzes");
  await page.getByRole("button", { name: "New quiz" }).first().click();
  const dialog = page.getByRole("dialog", { name: "New quiz" });
  await dialog.getByLabel("Title").fill("Handoff basics");
  await dialog.getByLabel("Questions per attempt").fill("1");
  await dialog.getByRole("button", { name: "Create quiz" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Handoff basics" })).toBeVisible();
  await expect(page.getByText("add 1 more to publish")).toBeVisible();

  await page.getByRole("button", { name: "Add question" }).click();
  const question = page.getByRole("dialog", { name: "Add a question" });
  await question.getByLabel("Question").fill("Who accepts a handoff?");
  await question.getByLabel("Choice 1", { exact: true }).fill("The project manager");
  await question.getByLabel("Choice 2", { exact: true }).fill("The client");
  await question.getByLabel("Choice 3", { exact: true }).fill("The rep");
  await question.getByLabel("Explanation").fill("The PM who will deliver the project accepts it, or returns it with reasons.");
  await question.getByRole("button", { name: "Save question" }).click();
  await expect(question).toHaveCount(0);
  await expect(page.getByRole("article").filter({ hasText: "Who accepts a handoff?" })).toContainText("The project manager — right");

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Published: members can take it")).toBeVisible();
});

test("a rep takes the Cloud migration quiz with the keyboard only and is certified", async ({ page, baseURL }) => {
  const manager = await signedIn(baseURL!, "sales_manager");
  const quizzes = (await (await manager.get("/api/v1/quizzes?limit=200")).json()) as { items: { id: string; service: { name: string } | null }[] };
  const quiz = quizzes.items.find((item) => item.service?.name === "Cloud migration")!;
  const bank = ((await (await manager.get(`/api/v1/quizzes/${quiz.id}/questions`)).json()) as { items: BankQuestion[] }).items;

  await signIn(page, "rep");
  await page.goto(`/training/quizzes/${quiz.id}`);
  const start = page.getByRole("button", { name: "Start the quiz" });
  await start.focus();
  await page.keyboard.press("Enter");
  const form = page.getByRole("form", { name: "Your answers" });
  await expect(form).toBeVisible();
  await expect(page.getByText(/Time left: \d+:\d\d/)).toBeVisible();

  const groups = form.locator("fieldset");
  const count = await groups.count();
  for (let index = 0; index < count; index++) {
    const group = groups.nth(index);
    const prompt = (await group.locator("p").first().innerText()).trim();
    const question = bank.find((item) => item.prompt === prompt)!;
    const right = new Set(question.choices.filter((choice) => choice.correct).map((choice) => choice.text));
    const labels = (await group.locator("label").allInnerTexts()).map((text) => text.trim());
    if (question.kind === "single") {
      // Focus rests on the group's first radio; arrow keys move and choose.
      const target = labels.findIndex((label) => right.has(label));
      if (target === 0) await page.keyboard.press("Space");
      for (let step = 0; step < target; step++) await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Tab");
    } else {
      for (const label of labels) {
        if (right.has(label)) await page.keyboard.press("Space");
        await page.keyboard.press("Tab");
      }
    }
  }
  await expect(page.getByRole("button", { name: "Submit answers" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "You passed" })).toBeVisible();
  await expect(page.getByText(/Why: /).first()).toBeVisible();

  await page.goto("/training");
  const row = page.getByRole("row").filter({ hasText: "Cloud migration" });
  await expect(row).toContainText("Certified");
  await expect(row.getByRole("link", { name: "Download PDF: certificate for Cloud migration" })).toBeVisible();

  await signIn(page, "sales_manager");
  await page.goto("/readiness");
  await expect(page.getByRole("row").filter({ hasText: "Lucas Becker" })).toContainText("Certified");
});
