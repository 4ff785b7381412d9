import { expect, test } from "@playwright/test";
import { navigate, PASSWORD, signUp } from "./fixtures.ts";

test("sign up, invite a member, build a service with a template, find it in the audit log", async ({ page, browser }) => {
  await signUp(page, "Globex Delivery", "Grace Admin");
  // A new workspace opens on its home page, with the getting-started checklist.
  await expect(page.getByRole("region", { name: "Getting started" })).toBeVisible();

  // Invite a rep; the one-time link is shown once.
  await navigate(page, "Invitations");
  const inviteForm = page.getByRole("form", { name: "Invite a person" });
  await inviteForm.getByLabel("E-mail").fill("new.rep@example.com");
  // New people are reps unless told otherwise; this one also backs reps up as an SE.
  await expect(inviteForm.getByText("Sales rep")).toBeVisible();
  // Mantine's multi-select keeps its input under the pills box; the person clicks the box.
  await inviteForm.getByRole("combobox", { name: "Roles" }).click({ force: true });
  await page.getByRole("option", { name: "Sales engineer" }).click();
  await page.keyboard.press("Escape");
  await expect(inviteForm.getByText("Sales engineer")).toBeVisible();
  await inviteForm.getByRole("button", { name: "Invite" }).click();
  const link = await page.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(/\/invite\/inv_/);

  // The invited person accepts in a browser of their own and lands signed in.
  const invitee = await browser.newContext();
  const inviteePage = await invitee.newPage();
  await inviteePage.goto(link);
  await inviteePage.getByLabel("Your name").fill("Rita Rep");
  await inviteePage.getByRole("textbox", { name: "Choose a password" }).fill(PASSWORD);
  await inviteePage.getByRole("button", { name: /join/i }).click();
  await expect(inviteePage.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(inviteePage.getByRole("link", { name: "Invitations" })).toHaveCount(0);
  await invitee.close();

  // A service with a one-phase template and a rate: the editor shows the totals as you type.
  await navigate(page, "Service catalog");
  await page.getByRole("link", { name: "New service" }).first().click();
  await page.getByRole("textbox", { name: "Name", exact: true }).fill("Cloud migration");
  await page.getByLabel("Min. duration (weeks)").fill("6");
  await page.getByLabel("Max. duration (weeks)").fill("16");
  await page.getByLabel("Lead time (weeks)").fill("4");
  await page.getByRole("button", { name: "Add phase" }).click();
  await page.getByLabel("Phase name").fill("Migrate");
  // A new phase comes with one role row to fill in.
  const phase = page.getByRole("region", { name: "Phase 1: Migrate" });
  await phase.getByRole("combobox", { name: "Role" }).fill("Engineer");
  await phase.getByLabel("Min days").fill("10");
  await phase.getByLabel("Max days").fill("20");
  await page.getByRole("button", { name: "Add rate" }).click();
  const rates = page.getByRole("region", { name: "Rate card" });
  await rates.getByLabel("Role").fill("Engineer");
  await rates.getByLabel(/Daily rate/).fill("1000");
  await expect(page.getByText("10–20 days").first()).toBeVisible();
  await expect(page.getByText("€10,000–€20,000").first()).toBeVisible();
  await page.getByRole("button", { name: "Create service" }).click();

  // The saved service shows the same totals.
  await expect(page.getByRole("heading", { name: "Cloud migration" })).toBeVisible();
  await expect(page.getByText("€10,000–€20,000").first()).toBeVisible();

  // And the change is in the audit log.
  await navigate(page, "Audit log");
  await expect(page.getByText('Service "Cloud migration"').first()).toBeVisible();
});
