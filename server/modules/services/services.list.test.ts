import { beforeAll, describe, expect, it } from "vitest";
import { as, buildWorkspace, type TestWorkspace } from "#tests/factories.ts";
import { useTestApp } from "#tests/setup/test-app.ts";
import type { Page } from "#shared/contracts/common.ts";
import type { Service } from "#shared/contracts/services.ts";
import { createService } from "./services.fixtures.ts";

// Names chosen so LIKE wildcards, quotes and SQL would match more than they should
// if they were not taken literally.
const NAMES = [
  "Agile transformation coaching",
  "Cloud migration",
  "Data platform build",
  "ERP rollout",
  "Growth 100% plan",
  "Growth 1000 plan",
  "Managed_services",
  "Managed-services",
  "O'Brien review",
  'Back\\slash "quoted"; drop table services; --',
  "PMO setup",
];

describe("GET /api/v1/services: pages, sorts and filters", () => {
  const t = useTestApp();
  let ws: TestWorkspace;
  const byName = new Map<string, Service>();

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
    for (const [index, name] of NAMES.entries()) {
      const service = await createService(t.app, ws.members.pmo, {
        name,
        status: index % 3 === 0 ? "retired" : "active",
        ownerId: index % 2 === 0 ? ws.members.pm.id : null,
      });
      byName.set(name, service);
    }
  });

  const list = async (query: string) => {
    const response = await as(t.app, ws.members.rep)({ method: "GET", url: `/api/v1/services?${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Page<Service>>();
  };

  /** Follows nextCursor to the end, collecting names. */
  const walk = async (query: string) => {
    const names: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Page<Service> = await list(`${query}&limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
      expect(page.items.length).toBeLessThanOrEqual(3);
      names.push(...page.items.map((item) => item.name));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 20);
    return { names, pages };
  };

  // PostgreSQL may sort punctuation by its locale; these names sort the same everywhere.
  const PLAIN = ["Agile transformation coaching", "Cloud migration", "Data platform build", "ERP rollout", "PMO setup"];
  const plainOnly = (names: string[]) => names.filter((name) => PLAIN.includes(name));

  it("sorts by name by default", async () => {
    const page = await list("limit=200");
    const names = page.items.map((item) => item.name);
    expect([...names].sort()).toEqual([...NAMES].sort());
    expect(plainOnly(names)).toEqual(PLAIN);
    expect(page.nextCursor).toBeNull();
  });

  it.each([
    ["name", false],
    ["-name", true],
  ])("pages through sort=%s without gaps or duplicates", async (sort, descending) => {
    const all = (await list("limit=200")).items.map((item) => item.name);
    const { names, pages } = await walk(`sort=${sort}`);
    expect(names).toEqual(descending ? [...all].reverse() : all);
    expect(pages).toBe(Math.ceil(NAMES.length / 3));
  });

  it.each([
    ["createdAt", NAMES],
    ["-createdAt", [...NAMES].reverse()],
  ])("pages through sort=%s without gaps or duplicates", async (sort, expected) => {
    const { names, pages } = await walk(`sort=${sort}`);
    expect(names).toEqual(expected);
    expect(pages).toBe(Math.ceil(NAMES.length / 3));
  });

  it("pages through a filtered list", async () => {
    const active = NAMES.filter((_, index) => index % 3 !== 0);
    const { names } = await walk("status=active&sort=-createdAt");
    expect(names).toEqual([...active].reverse());
  });

  it("filters by status and owner", async () => {
    const retired = await list("status=retired&limit=200");
    expect(retired.items.map((item) => item.name).sort()).toEqual(NAMES.filter((_, i) => i % 3 === 0).sort());
    const owned = await list(`ownerId=${ws.members.pm.id}&limit=200&sort=createdAt`);
    expect(owned.items.map((item) => item.name)).toEqual(NAMES.filter((_, i) => i % 2 === 0));
    expect(owned.items.every((item) => item.owner?.id === ws.members.pm.id)).toBe(true);
  });

  it.each([
    ["cloud", ["Cloud migration"]],
    ["CLOUD MIG", ["Cloud migration"]],
    ["%", ["Growth 100% plan"]],
    ["0%", ["Growth 100% plan"]],
    ["_", ["Managed_services"]],
    ["d_s", ["Managed_services"]],
    ["'", ["O'Brien review"]],
    ["o'b", ["O'Brien review"]],
    ["\\", ['Back\\slash "quoted"; drop table services; --']],
    ['"; drop table services; --', ['Back\\slash "quoted"; drop table services; --']],
    ["nothing like this", []],
  ])("finds q=%s literally", async (q, expected) => {
    const page = await list(`q=${encodeURIComponent(q)}&limit=200`);
    expect(page.items.map((item) => item.name)).toEqual(expected);
  });

  it("still has every service after the hostile searches", async () => {
    const page = await list("limit=200");
    expect(page.items).toHaveLength(NAMES.length);
    const { description: _d, descriptionHtml: _h, estimationTemplate: _t, rateCard: _r, totals, ...summary } = byName.get("Cloud migration")!;
    // The list row carries the detail's totals, stored when the service was written.
    expect(page.items.find((item) => item.name === "Cloud migration")).toEqual({
      ...summary,
      totals: { effortDays: totals.effortDays, price: totals.price, currency: totals.currency },
      // Listed for a rep, who may not change the catalog.
      permissions: { update: false, delete: false },
    });
  });

  it("refuses a cursor it did not give out, an unknown sort and unknown parameters", async () => {
    const call = as(t.app, ws.members.rep);
    const badCursor = await call({ method: "GET", url: "/api/v1/services?cursor=not-a-cursor" });
    expect(badCursor.statusCode).toBe(400);
    expect(badCursor.json()).toMatchObject({ code: "invalid_cursor" });
    const badSort = await call({ method: "GET", url: "/api/v1/services?sort=price" });
    expect(badSort.statusCode).toBe(400);
    expect(badSort.json()).toMatchObject({ code: "validation_failed", errors: [{ path: "querystring.sort" }] });
    const unknown = await call({ method: "GET", url: "/api/v1/services?color=red" });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ errors: [{ path: "querystring.color" }] });
    const badLimit = await call({ method: "GET", url: "/api/v1/services?limit=0" });
    expect(badLimit.statusCode).toBe(400);
  });
});
