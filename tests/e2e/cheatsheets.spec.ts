import { expect, test, type Browser, type Page } from "@playwright/test";
import { navigate, PASSWORD, signUp } from "./fixtures.ts";

/** The admin invites a person with one role; they join in a browser of their own. */
async function invite(admin: Page, browser: Browser, email: string, name: string, role: string | null): Promise<Page> {
  await navigate(admin, "Invitations");
  const form = admin.getByRole("form", { name: "Invite a person" });
  await form.getByLabel("E-mail").fill(email);
  if (role) {
    // New people are reps unless told otherwise: swap the role.
    await form.getByRole("combobox", { name: "Roles" }).click({ force: true });
    await admin.getByRole("option", { name: role }).click();
    await admin.getByRole("option", { name: "Sales rep" }).click();
    await admin.keyboard.press("Escape");
  }
  await form.getByRole("button", { name: "Invite" }).click();
  const link = await admin.getByLabel("Invitation link").inputValue();
  await admin.getByRole("button", { name: "Done" }).click();

  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("textbox", { name: "Choose a password" }).fill(PASSWORD);
  await page.getByRole("button", { name: /join/i }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  return page;
}

const HARD_BODY = `## What it is

Notwithstanding the aforementioned contractual considerations, a change request constitutes the formalised mechanism whereby modifications to the contractually agreed baseline are evaluated, quantified and authorised by both organisations.
`;

const PLAIN_BODY = `## What it is

A change request is how we change a project once it is agreed. The client asks for something new. We write down what it costs and how it moves the dates. Both sides sign it before the work starts.

## Why the client cares

They stay in control of their budget. Nothing is added without their yes.
`;

test("a PM writes a cheat sheet the clarity check accepts, the PMO lead approves it, a rep finds, reads and acknowledges it", async ({ page, browser }) => {
  const run = Date.now().toString(36);
  await signUp(page, `Umbrella ${run}`, "Ada Admin");
  const pm = await invite(page, browser, `pm.${run}@example.com`, "Paul PM", "Project manager");
  const pmo = await invite(page, browser, `pmo.${run}@example.com`, "Pat PMO", "PMO lead");
  const rep = await invite(page, browser, `rep.${run}@example.com`, "Rita Rep", null);

  // The glossary explains "change request"; sheets then show the definition.
  await navigate(pm, "Glossary");
  await pm.getByRole("button", { name: "Add term" }).first().click();
  const termForm = pm.getByRole("form", { name: "Add glossary term" });
  await termForm.getByRole("textbox", { name: "Term" }).fill("change request");
  await termForm.getByRole("textbox", { name: "Plain definition" }).fill("A signed form that changes the agreed scope, dates or price.");
  await termForm.getByRole("button", { name: "Add term" }).click();
  await expect(pm.getByRole("link", { name: "change request" })).toBeVisible();

  // The first draft is heavy going: the clarity check says so as the PM types.
  await navigate(pm, "Cheat sheets");
  await pm.getByRole("link", { name: "New cheat sheet" }).first().click();
  await pm.getByRole("textbox", { name: "Title" }).fill("What is a change request?");
  // The template's headings alone do not read clearly: there is nothing to read yet.
  const clarity = pm.getByRole("region", { name: "Clarity check" });
  await expect(clarity.getByText("No text yet").first()).toBeVisible();
  await expect(clarity.getByText("1 warning")).toBeVisible();
  // The pitch is checked too, and its jargon found in the pitch.
  const pitch = pm.getByRole("textbox", { name: "Pitch" });
  await pitch.fill("We protect the baseline.");
  await clarity.getByRole("button", { name: "Show “baseline” in the pitch (used 1 time)" }).click();
  await expect(pitch).toBeFocused();
  await pitch.fill("Nothing changes until the client has seen the cost and said yes.");
  const body = pm.getByRole("textbox", { name: "Body" });
  await body.fill(HARD_BODY);
  await expect(clarity.getByText("! Too high")).toBeVisible();
  const baseline = clarity.getByRole("button", { name: /Show “baseline”/ });
  await expect(baseline).toBeVisible();
  // The button takes the writer to the word in the text.
  await baseline.click();
  await expect(body).toBeFocused();
  expect(await body.evaluate((area: HTMLTextAreaElement) => area.value.slice(area.selectionStart, area.selectionEnd))).toBe("baseline");

  // Plain words fix both.
  await body.fill(PLAIN_BODY);
  await expect(clarity.getByText("✓ Reads clearly")).toBeVisible();
  await pm.getByRole("button", { name: "Save draft" }).click();
  await expect(pm.getByRole("heading", { name: "What is a change request?" })).toBeVisible();
  await pm.getByRole("button", { name: "Submit for review" }).click();
  await pm.getByRole("dialog").getByRole("button", { name: "Submit" }).click();
  await expect(pm.getByText("Waiting for a PMO lead or another project manager to review it.")).toBeVisible();
  const sheetUrl = pm.url();

  // The PMO lead approves it.
  await pmo.goto(sheetUrl);
  await pmo.getByRole("button", { name: "Approve" }).click();
  await pmo.getByRole("dialog").getByRole("button", { name: "Approve" }).click();
  await expect(pmo.getByText("Version 1, published", { exact: false })).toBeVisible();

  // The rep is told, live in the open page.
  await expect(rep.getByRole("link", { name: /Notifications, \d+ unread/ })).toBeVisible();
  await rep.getByRole("link", { name: /Notifications, \d+ unread/ }).click();
  await expect(rep.getByRole("list", { name: "Notifications" })).toContainText("New cheat sheet: What is a change request?");

  // The rep finds it by searching, from the header, with the keyboard.
  const search = rep.getByRole("combobox", { name: "Search cheat sheets and glossary" });
  await search.fill("change request");
  const option = rep.getByRole("option", { name: /What is a change request\?/ });
  await expect(option).toBeVisible();
  // Arrow down to it: the box names the highlighted option as its active descendant.
  const optionId = await option.getAttribute("id");
  for (let step = 0; step < 8 && (await search.getAttribute("aria-activedescendant")) !== optionId; step++) await search.press("ArrowDown");
  await expect(search).toHaveAttribute("aria-activedescendant", optionId ?? "");
  await search.press("Enter");
  await expect(rep.getByRole("heading", { name: "What is a change request?" })).toBeVisible();

  // The glossary term carries its definition, for the eye and for screen readers.
  const term = rep.locator("dfn.glossary-term").first();
  await expect(term).toHaveAccessibleDescription("A signed form that changes the agreed scope, dates or price.");
  await term.focus();
  // The definition's popover sits in the page; the header's search list (which may still hold the term) does not.
  await expect(rep.getByRole("main").locator(".mantine-Popover-dropdown").filter({ hasText: "A signed form that changes" })).toBeVisible();

  await rep.getByRole("button", { name: "I've read this" }).click();
  await expect(rep.getByText(/Acknowledged version 1 on /)).toBeVisible();

  // Its one-page PDF.
  await rep.getByRole("button", { name: "Download PDF" }).click();
  const pdfLink = rep.getByRole("menuitem", { name: "A4" });
  const pdf = await rep.request.get((await pdfLink.getAttribute("href")) ?? "");
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toContain("application/pdf");

  // The PMO lead sees who acknowledged it.
  await pmo.reload();
  await pmo.getByRole("tab", { name: "Acknowledgements" }).click();
  await expect(pmo.getByRole("row", { name: /Rita Rep/ }).getByText("✓ Version 1")).toBeVisible();

  // And, from the list, what one rep acknowledged across the sheets: the rep is picked with the keyboard.
  await navigate(pmo, "Cheat sheets");
  await pmo.getByRole("link", { name: "Acknowledgements by rep" }).click();
  const picker = pmo.getByRole("combobox", { name: "Rep" });
  await picker.fill("Rita");
  await picker.press("ArrowDown");
  await picker.press("Enter");
  const acknowledgements = pmo.getByRole("region", { name: /Acknowledgements of Rita Rep/ });
  await expect(acknowledgements.getByRole("region", { name: "Summary" })).toContainText("1 of 1 current sheets acknowledged");
  await expect(acknowledgements.getByRole("row", { name: /What is a change request\?/ })).toContainText("Acknowledged (version 1)");
});
