import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_ROLES, PUBLIC_PAGES, pagesToScan } from "./pages.ts";

// Every page, as each role that sees it: no critical or serious accessibility
// violation (axe-core, WCAG 2.2 A and AA), and nothing wider than the screen at
// 1,280 and 375 px — a wide table scrolls inside its own box instead.
const WIDTHS = [1280, 375] as const;

/** Elements that stick out past the right edge of the screen and are not inside a box that scrolls sideways. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollsSideways = (element: Element | null): boolean => {
      for (let node = element; node && node !== document.body; node = node.parentElement) {
        if (["auto", "scroll"].includes(getComputedStyle(node).overflowX)) return true;
      }
      return false;
    };
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) found.push(`the page is ${document.documentElement.scrollWidth} px wide`);
    for (const element of document.querySelectorAll("main *, header *")) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.right <= width + 1 || box.left >= width) continue;
      if (scrollsSideways(element.parentElement)) continue;
      const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""} "${(element.textContent ?? "").trim().slice(0, 40)}"`;
      found.push(`${name} ends at ${Math.round(box.right)} px`);
      if (found.length > 5) break;
    }
    return found;
  });
}

/** Waits for the page to show its heading and finish loading; a page without a heading is a problem of its own. */
async function settle(page: Page, what: string): Promise<string[]> {
  try {
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible({ timeout: 5_000 });
  } catch {
    return [`${what}: no level-1 heading`];
  }
  await expect(page.getByRole("status").filter({ hasText: /Loading|Opening/ })).toHaveCount(0);
  return [];
}

async function scan(page: Page, what: string): Promise<string[]> {
  const problems: string[] = [];
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  for (const violation of results.violations) {
    if (violation.impact !== "critical" && violation.impact !== "serious") continue;
    const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(" ")).join("; ");
    problems.push(`${what}: ${violation.id} (${violation.impact}) at ${targets}`);
  }
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    // The layout follows a resize within a few frames: only what still sticks out after a second counts.
    let found = await overflowing(page);
    for (let attempt = 0; found.length > 0 && attempt < 10; attempt++) {
      await page.waitForTimeout(100);
      found = await overflowing(page);
    }
    for (const problem of found) problems.push(`${what} at ${width} px: ${problem}`);
  }
  await page.setViewportSize({ width: WIDTHS[0], height: 900 });
  return problems;
}

test("public pages", async ({ page }) => {
  const problems: string[] = [];
  for (const path of PUBLIC_PAGES) {
    await page.goto(path);
    problems.push(...(await settle(page, path)), ...(await scan(page, path)));
  }
  expect(problems).toEqual([]);
});

for (const role of DEMO_ROLES) {
  test(`every page the ${role} sees`, async ({ page }) => {
    test.setTimeout(180_000);
    const signedIn = await page.request.post("/api/v1/session", { data: { email: `${role}@acme.example`, password: DEMO_PASSWORD } });
    expect(signedIn.ok()).toBe(true);
    const problems: string[] = [];
    for (const { path, roles } of await pagesToScan(page.request)) {
      if (roles && !roles.includes(role)) continue;
      await page.goto(path);
      problems.push(...(await settle(page, path)), ...(await scan(page, path)));
    }
    expect(problems).toEqual([]);
  });
}
