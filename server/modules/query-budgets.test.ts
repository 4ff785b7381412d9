import type { InjectOptions } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import type { CheatSheet } from "#shared/contracts/cheatsheets.ts";
import type { GlossaryTerm } from "#shared/contracts/glossary.ts";
import type { Service } from "#shared/contracts/services.ts";
import { as, buildMember, buildWorkspace, TEST_PASSWORD, type TestMember, type TestWorkspace } from "#tests/factories.ts";
import { countQueries } from "#tests/query-count.ts";
import { useTestApp } from "#tests/setup/test-app.ts";
import { createSheet, publishSheet, sheetInput } from "./cheatsheets/cheatsheets.fixtures.ts";
import { createService, serviceInput } from "./services/services.fixtures.ts";

/*
 * How many queries the main requests make, begin and commit included, held
 * to a ceiling so that reading a record twice or a query per row fails here.
 * Lower a ceiling when a change makes a request cheaper; raise one only with
 * a reason in the commit.
 */
const WRITE_CEILINGS = {
  createSheet: 20,
  updateSheet: 21,
  submitSheet: 20,
  approveSheet: 26,
  createService: 8,
  updateService: 9,
  acceptInvitation: 15,
};

const LIST_CEILINGS = {
  "/api/v1/cheatsheets": 4,
  "/api/v1/services": 3,
  "/api/v1/members": 3,
  "/api/v1/glossary": 2,
  "/api/v1/invitations": 3,
  "/api/v1/search?q=change": 4,
};

describe("queries per request", () => {
  const t = useTestApp();
  let ws: TestWorkspace;
  let serviceIds: string[];
  let termIds: string[];

  const measure = async (send: Parameters<typeof countQueries>[1], options: InjectOptions) => {
    const { response, queries } = await countQueries(t, send, options);
    expect(response.statusCode, response.body).toBeLessThan(300);
    return { body: response.json(), queries };
  };
  const queriesOf = (member: TestMember, options: InjectOptions) => measure(as(t.app, member), options);
  const withinCeiling = (name: keyof typeof WRITE_CEILINGS, queries: string[]) =>
    expect(queries.length, `${name} ran ${queries.length} queries:\n${queries.join("\n")}`).toBeLessThanOrEqual(WRITE_CEILINGS[name]);

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
    serviceIds = [(await createService(t.app, ws.members.pmo)).id, (await createService(t.app, ws.members.pmo)).id];
    termIds = [];
    for (const term of ["Baseline", "Change order"]) {
      const created = await as(t.app, ws.members.pm)({ method: "POST", url: "/api/v1/glossary", payload: { term, definition: `What a ${term} is.` } });
      termIds.push(created.json<GlossaryTerm>().id);
    }
  });

  it("a cheat sheet is created, edited, submitted and approved within its ceilings, linked services and terms included", async () => {
    const created = await queriesOf(ws.members.pm, { method: "POST", url: "/api/v1/cheatsheets", payload: sheetInput({ serviceIds, termIds }) });
    withinCeiling("createSheet", created.queries);
    const sheet = created.body as CheatSheet;
    const updated = await queriesOf(ws.members.pm, {
      method: "PATCH",
      url: `/api/v1/cheatsheets/${sheet.id}`,
      payload: { version: sheet.version, body: `${sheet.draft!.body}\nOne more line.`, serviceIds: serviceIds.slice(0, 1) },
    });
    withinCeiling("updateSheet", updated.queries);
    // One PATCH reads the sheet once and its links once.
    expect(updated.queries.filter((sql) => sql.startsWith('select * from "cheat_sheets"'))).toHaveLength(1);
    expect(updated.queries.filter((sql) => sql.startsWith("select") && sql.includes('from "cheat_sheet_links"'))).toHaveLength(1);
    const submitted = await queriesOf(ws.members.pm, { method: "POST", url: `/api/v1/cheatsheets/${sheet.id}/submit`, payload: { version: (updated.body as CheatSheet).version } });
    withinCeiling("submitSheet", submitted.queries);
    const approved = await queriesOf(ws.members.pmo, { method: "POST", url: `/api/v1/cheatsheets/${sheet.id}/approve`, payload: { version: (submitted.body as CheatSheet).version } });
    withinCeiling("approveSheet", approved.queries);
    expect((approved.body as CheatSheet).status).toBe("published");
  });

  it("a service is created and updated within its ceilings", async () => {
    const created = await queriesOf(ws.members.pmo, { method: "POST", url: "/api/v1/services", payload: serviceInput({ ownerId: ws.members.pm.id }) });
    withinCeiling("createService", created.queries);
    const service = created.body as Service;
    const updated = await queriesOf(ws.members.pmo, { method: "PATCH", url: `/api/v1/services/${service.id}`, payload: { version: service.version, summary: "Shorter." } });
    withinCeiling("updateService", updated.queries);
  });

  it("an invitation is accepted within its ceiling", async () => {
    const invited = await as(t.app, ws.members.admin)({ method: "POST", url: "/api/v1/invitations", payload: { email: "newcomer@test.example", roles: ["rep"] } });
    const accepted = await measure((options) => t.app.inject(options), {
      method: "POST",
      url: `/api/v1/invitations/accept/${invited.json<{ token: string }>().token}`,
      payload: { name: "New Comer", password: TEST_PASSWORD },
    });
    withinCeiling("acceptInvitation", accepted.queries);
  });

  it("the main lists make the same few queries for 3 records as for 12", async () => {
    // One request at a time: every query seen is that request's.
    const listQueries = async () => {
      const counts: Record<string, number> = {};
      for (const url of Object.keys(LIST_CEILINGS)) {
        const member = url.includes("invitations") ? ws.members.admin : ws.members.rep;
        counts[url] = (await queriesOf(member, { method: "GET", url })).queries.length;
      }
      return counts;
    };
    const addRecords = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const owner = await buildMember(t.database.db, ws.id, { roles: ["pm"] });
        await publishSheet(t.app, owner, ws.members.pmo, { title: `Change requests ${owner.id}`, serviceIds, termIds, ownerId: owner.id });
        await createSheet(t.app, owner);
        await createService(t.app, ws.members.pmo, { ownerId: owner.id });
        await as(t.app, ws.members.pm)({ method: "POST", url: "/api/v1/glossary", payload: { term: `Term ${owner.id}`, definition: "A plain definition." } });
        await as(t.app, ws.members.admin)({ method: "POST", url: "/api/v1/invitations", payload: { email: `invitee-${owner.id}@test.example`, roles: ["rep"] } });
      }
    };
    await addRecords(3);
    // A token's first use in a while also notes when it was used: not part of any list.
    for (const member of [ws.members.rep, ws.members.admin]) await as(t.app, member)({ method: "GET", url: "/api/v1/session" });
    const few = await listQueries();
    await addRecords(9);
    const many = await listQueries();
    expect(many).toEqual(few);
    for (const [url, ceiling] of Object.entries(LIST_CEILINGS)) expect(few[url], url).toBeLessThanOrEqual(ceiling);
  });
});
