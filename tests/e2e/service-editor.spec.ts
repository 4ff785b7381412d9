import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./pages.ts";

test("a reversed range in the estimation template is marked at once, and the totals wait for it", async ({ page }) => {
  expect((await page.request.post("/api/v1/session", { data: { email: "pmo@acme.example", password: DEMO_PASSWORD } })).ok()).toBe(true);
  await page.goto("/services/new");
  await page.getByRole("button", { name: "Add phase" }).click();
  await page.getByLabel("Phase name").fill("Build");
  const phase = page.getByRole("region", { name: "Phase 1: Build" });
  await phase.getByLabel("Min days").fill("10");
  await phase.getByLabel("Max days").fill("5");
  await expect(phase.getByText("At least the min days (10).")).toBeVisible();
  await expect(phase.getByLabel("Max days")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Totals on hold")).toBeVisible();
  await expect(page.getByText("10–5 days")).toHaveCount(0);

  await phase.getByLabel("Max days").fill("15");
  await expect(phase.getByText("At least the min days (10).")).toHaveCount(0);
  await expect(page.getByText("10–15 days").first()).toBeVisible();
});
