import { expect, test } from "@playwright/test";
import { navigate, signUp } from "./fixtures.ts";

test("a new workspace's admin is led from the getting-started checklist to each step, ticked off when done", async ({ page }) => {
  await signUp(page, "Fresh Start", "Frida Founder");
  const checklist = page.getByRole("region", { name: "Getting started" });
  await expect(checklist.getByText("0 of 5 steps done")).toBeVisible();
  // The admin's own steps link to their pages; the writers' steps say who takes them.
  await expect(checklist.getByRole("link", { name: "Invite people" })).toBeVisible();
  await expect(checklist.getByText("Project managers or PMO leads do this: ask one of them.").first()).toBeVisible();

  await checklist.getByRole("link", { name: "Add a service" }).click();
  await page.getByRole("textbox", { name: "Name", exact: true }).fill("Cloud migration");
  await page.getByLabel("Min. duration (weeks)").fill("6");
  await page.getByLabel("Max. duration (weeks)").fill("16");
  await page.getByLabel("Lead time (weeks)").fill("4");
  await page.getByRole("button", { name: "Create service" }).click();
  await expect(page.getByRole("heading", { name: "Cloud migration" })).toBeVisible();

  await navigate(page, "Home");
  await expect(checklist.getByText("1 of 5 steps done")).toBeVisible();
  await expect(checklist.getByText("Define a first service (done)")).toBeVisible();

  // Hidden for this member, across reloads, and brought back on request.
  await checklist.getByRole("button", { name: "Hide checklist" }).click();
  await expect(checklist).toHaveCount(0);
  await page.reload();
  await expect(page.getByText("1 of 5 getting-started steps done.")).toBeVisible();
  await page.getByRole("button", { name: "Show the checklist" }).click();
  await expect(checklist.getByText("1 of 5 steps done")).toBeVisible();
});
