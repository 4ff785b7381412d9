import { expect, test, type Page } from "@playwright/test";
import { lastMailTo, navigate, PASSWORD, signUp } from "./fixtures.ts";

declare global {
  interface Window {
    cspViolations: string[];
    /** Where each violation came from, for the failure message. */
    cspSources: string[];
    injectedScriptRan?: boolean;
  }
}

/** Every Content-Security-Policy violation the page reports, from the first script on. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.cspViolations = [];
    window.cspSources = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.cspViolations.push(`${event.effectiveDirective} ${event.blockedURI}`);
      window.cspSources.push(`${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`);
    });
  });
}

const violations = (page: Page) => page.evaluate(() => window.cspViolations);
const sources = (page: Page) => page.evaluate(() => window.cspSources.join(", "));

test("the app runs under its Content-Security-Policy, which blocks an injected inline script and eval", async ({ page }) => {
  await recordViolations(page);
  await signUp(page, "Initech Delivery", "Ines Admin");

  // An invitation puts a formatted e-mail in the outbox, which the reader shows in a frame.
  await navigate(page, "Invitations");
  const inviteForm = page.getByRole("form", { name: "Invite a person" });
  await inviteForm.getByLabel("E-mail").fill("new.person@example.com");
  await inviteForm.getByRole("button", { name: "Invite" }).click();
  await expect(page.getByLabel("Invitation link")).toBeVisible();
  await navigate(page, "Outbox");
  await page.getByRole("button", { name: /invited you to Initech Delivery/ }).click();
  await expect(page.frameLocator("iframe").getByText("Accept the invitation")).toBeVisible();

  for (const label of ["Service catalog", "Cheat sheets", "Glossary", "Members", "Settings", "Audit log"]) {
    await navigate(page, label);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  expect(await violations(page), await sources(page)).toEqual([]);

  // A script slipped into the page (as a stored XSS would) does not run, and is reported.
  const ran = await page.evaluate(async () => {
    const script = document.createElement("script");
    script.textContent = "window.injectedScriptRan = true;";
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return window.injectedScriptRan === true;
  });
  expect(ran).toBe(false);
  // Code from a string (eval, or a string given to setTimeout) is refused as well.
  const evalRan = await page.evaluate(async () => {
    const later = setTimeout as unknown as (code: string, ms: number) => number;
    later("window.injectedScriptRan = true;", 0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return window.injectedScriptRan === true;
  });
  expect(evalRan).toBe(false);
  await expect.poll(() => violations(page)).toEqual(expect.arrayContaining(["script-src-elem inline", "script-src eval"]));
});

test("the API reference works under the same policy", async ({ page }) => {
  await recordViolations(page);
  const response = await page.goto("/api/docs");
  expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
  await expect(page.getByRole("heading", { name: /Tandem/ }).first()).toBeVisible();
  await expect(page.getByText("/api/v1/session").first()).toBeVisible();
  expect(await violations(page), await sources(page)).toEqual([]);
});

test("a person who forgot their password sets a new one from the e-mailed link, and signs out everywhere", async ({ page, browser }) => {
  const email = await signUp(page, "Hooli Projects", "Hal Forgetful");
  const laptop = await browser.newContext();
  const laptopPage = await laptop.newPage();
  await laptopPage.goto("/signin");
  await laptopPage.getByLabel("E-mail").fill(email);
  await laptopPage.getByRole("textbox", { name: "Password" }).fill(PASSWORD);
  await laptopPage.getByRole("button", { name: "Sign in" }).click();
  await expect(laptopPage.getByRole("navigation", { name: "Main" })).toBeVisible();

  // Sign out everywhere from the person's own page: the other browser is signed out too.
  await page.getByRole("link", { name: "Hal Forgetful" }).first().click();
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page.getByText("You are signed out in every browser")).toBeVisible();
  await laptopPage.reload();
  await expect(laptopPage.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await laptop.close();

  // Forgot the password: the same answer as for any e-mail, and a link in the mail.
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByLabel("E-mail")).toHaveValue(email);
  await page.getByRole("button", { name: "E-mail me a link" }).click();
  await expect(page.getByText("If an account has this e-mail")).toBeVisible();
  const link = /http\S+\/reset-password\/rst_[\w-]+/.exec(await lastMailTo(email))?.[0];
  expect(link).toBeDefined();

  await page.goto(new URL(link!).pathname);
  await expect(page.getByLabel("E-mail")).toHaveValue(email);
  await page.getByRole("textbox", { name: "New password", exact: true }).fill("a brand new password");
  await page.getByRole("textbox", { name: "New password, again" }).fill("a brand new passwrod");
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page.getByText("The two passwords differ.")).toBeVisible();
  await page.getByRole("textbox", { name: "New password, again" }).fill("a brand new password");
  await page.getByRole("button", { name: "Set the new password" }).click();

  // Back on the sign-in page with the e-mail filled in: the new password works, the old one no more.
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.getByRole("textbox", { name: "Password" }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("E-mail or password is wrong")).toBeVisible();
  await page.getByRole("textbox", { name: "Password" }).fill("a brand new password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();

  // The link was used up.
  await page.goto(new URL(link!).pathname);
  await expect(page.getByText("This link cannot be used")).toBeVisible();
});
