import type { APIRequestContext } from "@playwright/test";
import type { Role } from "#shared/contracts/common.ts";
import { READINESS_VIEWERS } from "#shared/policies/certifications.ts";
import { ADMINS, CATALOG_EDITORS, CHEATSHEET_MANAGERS, CHEATSHEET_WRITERS, TRAINING_MANAGERS } from "#shared/policies/roles.ts";

export const DEMO_PASSWORD = "tandem-demo";
export const DEMO_ROLES: Role[] = ["admin", "pmo", "pm", "sales_manager", "rep", "se"];

export interface PageToScan {
  path: string;
  /** Who sees this page in the navigation or from a record; everyone when absent. */
  roles?: readonly Role[];
}


async function firstId(request: APIRequestContext, url: string): Promise<string | null> {
  const response = await request.get(url);
  if (!response.ok()) return null;
  const body = (await response.json()) as { items?: { id: string }[] };
  return body.items?.[0]?.id ?? null;
}

/** Every page of the web app, with records of the demo workspace for the detail pages. */
export async function pagesToScan(request: APIRequestContext): Promise<PageToScan[]> {
  const service = await firstId(request, "/api/v1/services?limit=1");
  const sheet = await firstId(request, "/api/v1/cheatsheets?limit=1&status=published");
  const term = await firstId(request, "/api/v1/glossary?limit=1");
  const webhook = await firstId(request, "/api/v1/webhooks?limit=1");
  const quiz = await firstId(request, "/api/v1/quizzes?limit=1&status=published");
  const pages: PageToScan[] = [
    { path: "/" },
    { path: "/services" },
    { path: "/services/new", roles: CATALOG_EDITORS },
    { path: "/cheatsheets" },
    { path: "/cheatsheets/new", roles: CHEATSHEET_WRITERS },
    { path: "/cheatsheets/acknowledgements", roles: CHEATSHEET_MANAGERS },
    { path: "/glossary" },
    { path: "/training" },
    { path: "/quizzes", roles: TRAINING_MANAGERS },
    { path: "/readiness", roles: READINESS_VIEWERS },
    { path: "/search?q=scope" },
    { path: "/notifications" },
    { path: "/settings/notifications" },
    { path: "/members" },
    { path: "/invitations", roles: ADMINS },
    { path: "/tokens" },
    { path: "/webhooks", roles: ADMINS },
    { path: "/jobs", roles: ADMINS },
    { path: "/outbox", roles: ADMINS },
    { path: "/audit", roles: ADMINS },
    { path: "/settings", roles: ADMINS },
    { path: "/account" },
    { path: "/no-such-page" },
    { path: "/cheatsheets/not-an-id" },
  ];
  if (service) pages.push({ path: `/services/${service}` }, { path: `/services/${service}/edit`, roles: CATALOG_EDITORS });
  if (sheet) pages.push({ path: `/cheatsheets/${sheet}` }, { path: `/cheatsheets/${sheet}/edit`, roles: CHEATSHEET_WRITERS });
  if (term) pages.push({ path: `/glossary/${term}` });
  if (webhook) pages.push({ path: `/webhooks/${webhook}`, roles: ADMINS });
  if (quiz) pages.push({ path: `/training/quizzes/${quiz}` }, { path: `/quizzes/${quiz}`, roles: TRAINING_MANAGERS });
  return pages;
}

export const PUBLIC_PAGES = ["/signin", "/signup", "/forgot-password"];
