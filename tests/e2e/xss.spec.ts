import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./fixtures.ts";
import { OWASP_XSS_PAYLOADS } from "./xss-payloads.ts";

const PAYLOADS = OWASP_XSS_PAYLOADS.join("\n\n");

/** The API as the signed-in browser calls it: the session cookie plus the CSRF token. */
async function api(page: Page) {
  const session = await (await page.request.get("/api/v1/session")).json();
  const headers = { "x-csrf-token": session.csrfToken as string };
  return {
    session,
    async send(method: "POST" | "PATCH", url: string, data: object) {
      const response = await page.request.fetch(url, { method, data, headers });
      expect(response.status(), `${method} ${url}: ${await response.text()}`).toBeLessThan(300);
      return response.json();
    },
  };
}

test("none of the OWASP filter-evasion payloads stored in a cheat sheet runs in the browser", async ({ page }) => {
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on("pageerror", (error) => pageErrors.push(error.message));

  await signUp(page, "Initech Security", "Ivy Admin");
  const client = await api(page);
  // The first admin also writes and reviews cheat sheets here.
  const meId = client.session.member.id as string;
  const me = await (await page.request.get(`/api/v1/members/${meId}`)).json();
  await client.send("PATCH", `/api/v1/members/${meId}`, { version: me.version, roles: ["admin", "pm", "pmo"] });

  const term = await client.send("POST", "/api/v1/glossary", {
    term: "payload",
    definition: `<img src=x onerror=alert('definition')> "quotes" and <script>alert('definition')</script>`,
    synonyms: [],
  });
  let sheet = await client.send("POST", "/api/v1/cheatsheets", {
    title: `<script>alert('title')</script> payload sheet`,
    pitch: `<img src=x onerror=alert('pitch')>`,
    body: `## What it is\n\nEvery payload below is text.\n\n${PAYLOADS}`,
    tags: [`<svg/onload=alert('tag')>`],
    termIds: [term.id],
  });
  sheet = await client.send("POST", `/api/v1/cheatsheets/${sheet.id}/submit`, { version: sheet.version });
  sheet = await client.send("POST", `/api/v1/cheatsheets/${sheet.id}/approve`, {
    version: sheet.version,
    acceptException: true,
    comment: `<script>alert('comment')</script>`,
  });
  expect(sheet.status).toBe("published");

  // The rendered sheet: hover and focus every link and glossary mark, as a reader would.
  await page.goto(`/cheatsheets/${sheet.id}`);
  await expect(page.getByRole("heading", { name: /payload sheet/ })).toBeVisible();
  for (const mark of await page.locator("dfn.glossary-term").all()) {
    await mark.focus();
    await mark.hover();
  }
  for (const link of await page.locator("main a").all()) await link.hover().catch(() => undefined);

  // The editor's live preview renders the same Markdown in the browser.
  await page.goto(`/cheatsheets/${sheet.id}/edit`);
  await expect(page.getByRole("textbox", { name: "Body" })).toBeVisible();
  await page.waitForTimeout(500);

  // Lists, search results (highlighted snippets) and the glossary show the same text.
  for (const path of ["/cheatsheets", `/search?q=payload`, "/glossary", `/glossary/${term.id}`]) {
    await page.goto(path);
    await expect(page.getByRole("main"), path).toContainText("payload");
  }
  await page.getByRole("combobox", { name: /search/i }).first().fill("payload");
  await page.waitForTimeout(800);

  expect(dialogs).toEqual([]);
  expect(pageErrors).toEqual([]);
  // Nothing the payloads would have added is in any page's markup.
  const injected = await page.evaluate(() => document.querySelectorAll("script:not([type=module]):not([src^='/']), iframe, object, embed, svg script").length);
  expect(injected).toBe(0);
});
