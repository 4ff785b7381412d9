import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { publishSheet } from "#server/modules/cheatsheets/cheatsheets.fixtures.ts";
import { answersFor, buildQuiz } from "#server/modules/quizzes/quizzes.fixtures.ts";
import { cellOf, type ReadinessMatrix } from "#shared/contracts/readiness.ts";
import type { Attempt, Question } from "#shared/contracts/quizzes.ts";
import { as, buildMember, buildWorkspace, type TestMember, type TestWorkspace } from "#tests/factories.ts";
import { useTestApp } from "#tests/setup/test-app.ts";

describe("readiness", () => {
  const t = useTestApp();
  let ws: TestWorkspace;
  let cloud: string;
  let workshop: string;
  let certified: TestMember;
  let expiring: TestMember;
  let missing: TestMember;

  const matrix = async (viewer: TestMember, query = "") => {
    const response = await as(t.app, viewer)({ method: "GET", url: `/api/v1/readiness${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<ReadinessMatrix>();
  };
  const pass = async (member: TestMember, quizId: string, bank: Question[]) => {
    const attempt = (await as(t.app, member)({ method: "POST", url: `/api/v1/quizzes/${quizId}/attempts` })).json<Attempt>();
    await as(t.app, member)({ method: "POST", url: `/api/v1/quizzes/${quizId}/attempts/${attempt.id}/submit`, payload: { answers: answersFor(attempt, bank, true) } });
  };

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
    const service = (name: string) => as(t.app, ws.members.pmo)({ method: "POST", url: "/api/v1/services", payload: { name, durationMinWeeks: 2, durationMaxWeeks: 8, leadTimeWeeks: 2 } });
    cloud = (await service("Cloud migration")).json().id;
    workshop = (await service("Discovery workshop")).json().id;
    await as(t.app, ws.members.pmo)({ method: "PUT", url: `/api/v1/services/${cloud}/certification-requirement`, payload: {} });
    const { quiz, questions } = await buildQuiz(t.app, ws.members.sales_manager, { serviceId: cloud, bank: 2, questionsPerAttempt: 2 });
    certified = await buildMember(t.database.db, ws.id, { roles: ["rep"], name: "Casey Certified" });
    expiring = await buildMember(t.database.db, ws.id, { roles: ["se"], name: "Erin Expiring" });
    missing = await buildMember(t.database.db, ws.id, { roles: ["rep"], name: "=HYPERLINK(\"x\") Missing" });
    await pass(certified, quiz.id, questions);
    await pass(expiring, quiz.id, questions);
    const soon = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await t.database.db.updateTable("certifications").set({ expires_on: soon }).where("member_id", "=", expiring.id).execute();
    const sheet = await publishSheet(t.app, ws.members.pm, ws.members.pmo, { title: "Cloud migration in plain words", serviceIds: [cloud] });
    await as(t.app, certified)({ method: "POST", url: `/api/v1/cheatsheets/${sheet.id}/acknowledgements` });
  });

  it("shows the team's sellers against every service, with states and sheets acknowledged", async () => {
    const team = await matrix(ws.members.sales_manager, "?limit=500");
    expect(team.services.map((s) => [s.name, s.certificationRequired, s.sheets])).toEqual([["Cloud migration", true, 1], ["Discovery workshop", false, 0]]);
    const byName = Object.fromEntries(team.rows.map((row) => [row.member.name, row]));
    expect(byName["Casey Certified"]).toMatchObject({ states: ["certified", "not_required"], expiresOn: [expect.any(String), null], sheetsAcknowledged: [1, 0], ready: 2 });
    expect(cellOf(byName["Erin Expiring"]!, 0)).toMatchObject({ state: "expiring", sheetsAcknowledged: 0 });
    expect(cellOf(byName['=HYPERLINK("x") Missing']!, 0)).toMatchObject({ state: "missing", expiresOn: null });
    // Sellers only by default: the workspace's pm and pmo are not listed.
    expect(team.rows.every((row) => row.roles.some((role) => role === "rep" || role === "se"))).toBe(true);
    expect(team.check).toBeNull();
    const managers = await matrix(ws.members.sales_manager, "?role=pmo");
    expect(managers.rows.map((row) => row.member.id)).toEqual([ws.members.pmo.id]);
  });

  it("answers whether one member may sell one service", async () => {
    const yes = await matrix(ws.members.sales_manager, `?member=${expiring.id}&service=${cloud}`);
    expect(yes.check).toMatchObject({ memberId: expiring.id, serviceId: cloud, state: "expiring", certified: true });
    const no = await matrix(ws.members.sales_manager, `?member=${missing.id}&service=${cloud}`);
    expect(no.check).toMatchObject({ state: "missing", certified: false, expiresOn: null });
    const needsNone = await matrix(missing, `?member=${missing.id}&service=${workshop}`);
    expect(needsNone.check).toMatchObject({ state: "not_required", certified: true });
  });

  it("shows a rep their own row only, in the matrix, the check and the export", async () => {
    const own = await matrix(missing);
    expect(own.rows.map((row) => row.member.id)).toEqual([missing.id]);
    const other = await matrix(missing, `?member=${certified.id}&service=${cloud}`);
    expect(other).toMatchObject({ rows: [], check: null, total: 0 });
    const csv = await as(t.app, missing)({ method: "GET", url: "/api/v1/readiness/export" });
    expect(csv.body).not.toContain("Casey");
  });

  it("sorts least ready first, pages by cursor, and refuses a bad cursor or page size", async () => {
    const sorted = await matrix(ws.members.sales_manager, "?sort=readiness");
    expect(sorted.rows[0]!.ready).toBeLessThanOrEqual(sorted.rows.at(-1)!.ready);
    const first = await matrix(ws.members.sales_manager, "?limit=2");
    expect(first.rows).toHaveLength(2);
    const second = await matrix(ws.members.sales_manager, `?limit=2&cursor=${first.nextCursor}`);
    expect(second.rows.map((row) => row.member.id)).not.toContain(first.rows[0]!.member.id);
    expect(first.total).toBe(second.total);
    for (const query of ["?cursor=abc", "?limit=2001", "?sort=ready", "?role=boss", "?member=42"]) {
      expect((await as(t.app, ws.members.sales_manager)({ method: "GET", url: `/api/v1/readiness${query}` })).statusCode, query).toBe(400);
    }
  });

  it("exports the matrix as CSV that a spreadsheet will not run", async () => {
    const response = await as(t.app, ws.members.sales_manager)({ method: "GET", url: "/api/v1/readiness/export" });
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    const records = parse(response.body, { bom: true }) as string[][];
    expect(records[0]).toEqual(["Member", "E-mail", "Roles", "Ready for", "Cloud migration: state", "Cloud migration: expires on", "Cloud migration: sheets acknowledged", "Discovery workshop: state", "Discovery workshop: expires on", "Discovery workshop: sheets acknowledged"]);
    const casey = records.find((record) => record[0] === "Casey Certified")!;
    expect(casey.slice(2, 5)).toEqual(["Sales rep", "2 of 2", "certified"]);
    expect(casey[6]).toBe("1 of 1");
    const formula = records.find((record) => record[0]!.includes("HYPERLINK"))!;
    expect(formula[0]).toBe("'=HYPERLINK(\"x\") Missing");
  });
});
