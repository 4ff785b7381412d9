import { expect, test } from "@playwright/test";
import { navigate, PASSWORD, signUp } from "./fixtures.ts";

test("a PMO lead sees a new service's notification arrive live, without reloading", async ({ page, browser }) => {
  // Unique names, so the test can run again against the same server (--repeat-each).
  const run = Date.now().toString(36);
  await signUp(page, `Initech ${run}`, "Ada Admin");

  // Invite a PMO lead (and only that: new people are reps unless told otherwise).
  await navigate(page, "Invitations");
  const inviteForm = page.getByRole("form", { name: "Invite a person" });
  await inviteForm.getByLabel("E-mail").fill(`pat.pmo.${run}@example.com`);
  await inviteForm.getByRole("combobox", { name: "Roles" }).click({ force: true });
  await page.getByRole("option", { name: "PMO lead" }).click();
  await page.getByRole("option", { name: "Sales rep" }).click();
  await page.keyboard.press("Escape");
  await expect(inviteForm.getByText("PMO lead")).toBeVisible();
  await expect(inviteForm.getByText("Sales rep")).toHaveCount(0);
  await inviteForm.getByRole("button", { name: "Invite" }).click();
  const link = await page.getByLabel("Invitation link").inputValue();

  // The PMO lead joins in a browser of their own and opens the inbox: nothing yet.
  const pmo = await browser.newContext();
  try {
    const pmoPage = await pmo.newPage();
    await pmoPage.goto(link);
    await pmoPage.getByLabel("Your name").fill("Pat PMO");
    await pmoPage.getByRole("textbox", { name: "Choose a password" }).fill(PASSWORD);
    await pmoPage.getByRole("button", { name: /join/i }).click();
    await expect(pmoPage.getByRole("navigation", { name: "Main" })).toBeVisible();
    await pmoPage.goto("/notifications");
    await expect(pmoPage.getByText("You're all caught up")).toBeVisible();
    await expect(pmoPage.getByRole("link", { name: "Notifications, none unread" })).toBeVisible();

    // The admin adds a service to the catalog.
    await navigate(page, "Service catalog");
    await page.getByRole("link", { name: "New service" }).first().click();
    await page.getByRole("textbox", { name: "Name", exact: true }).fill("Data platform audit");
    await page.getByLabel("Min. duration (weeks)").fill("2");
    await page.getByLabel("Max. duration (weeks)").fill("4");
    await page.getByRole("button", { name: "Create service" }).click();
    await expect(page.getByRole("heading", { name: "Data platform audit" })).toBeVisible();

    // The PMO lead's open page shows it as it arrives (the job worker sends it after the commit).
    const inbox = pmoPage.getByRole("list", { name: "Notifications" });
    await expect(inbox.getByRole("link", { name: /Data platform audit/ })).toBeVisible({ timeout: 15_000 });
    await expect(inbox.getByText("New", { exact: true })).toBeVisible();
    await expect(pmoPage.getByRole("link", { name: "Notifications, 1 unread" })).toBeVisible();
    // A toast says so too, wherever the member is.
    await expect(pmoPage.getByRole("alert").filter({ hasText: "New service: Data platform audit" })).toBeVisible();

    // On a phone the inbox still fits the screen.
    await pmoPage.setViewportSize({ width: 375, height: 740 });
    await expect(pmoPage.getByRole("link", { name: "Notifications, 1 unread" })).toBeVisible();
    // Measured once the layout has followed the resize (it takes a frame or two).
    await expect.poll(() => pmoPage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

    // Following it marks it read and opens the service.
    await inbox.getByRole("link", { name: /Data platform audit/ }).click();
    await expect(pmoPage.getByRole("heading", { name: "Data platform audit" })).toBeVisible();
    await expect(pmoPage.getByRole("link", { name: "Notifications, none unread" })).toBeVisible();

    // The inbox leads to the preferences, where the catalog changes can be turned off.
    await pmoPage.getByRole("link", { name: "Notifications, none unread" }).click();
    await pmoPage.getByRole("link", { name: "Choose how you are notified" }).click();
    await expect(pmoPage).toHaveURL(/\/settings\/notifications$/);
    await pmoPage.getByRole("combobox", { name: "Service catalog changes" }).click();
    await pmoPage.getByRole("option", { name: "Off" }).click();
    await pmoPage.getByRole("button", { name: "Save" }).click();
    await expect(pmoPage.getByText("Your notification preferences were saved.")).toBeVisible();
    await pmoPage.reload();
    await expect(pmoPage.getByRole("combobox", { name: "Service catalog changes" })).toHaveValue("Off");
  } finally {
    await pmo.close();
  }
});
