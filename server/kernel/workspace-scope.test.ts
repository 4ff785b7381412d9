import { beforeAll, describe, expect, it } from "vitest";
import { publishSheet } from "#server/modules/cheatsheets/cheatsheets.fixtures.ts";
import { notify } from "#server/modules/notifications/notifications.service.ts";
import { answersFor, buildQuiz, sampleQuestion } from "#server/modules/quizzes/quizzes.fixtures.ts";
import { ROLES } from "#shared/contracts/common.ts";
import { as, buildMember, buildWorkspace, type TestMember, type TestWorkspace } from "#tests/factories.ts";
import { useTestApp } from "#tests/setup/test-app.ts";

/**
 * Two workspaces; a member of A holding every role tries every route on B's
 * records. Nothing of B may be read, listed, searched, changed or deleted,
 * and B's records must not even be acknowledged to exist (404, not 403).
 */
describe("nothing crosses workspaces", () => {
  const t = useTestApp();
  let a: TestWorkspace;
  let b: TestWorkspace;
  let intruder: TestMember;
  const foreignIds: Record<string, string> = {};
  const foreignMarkers: string[] = [];
  const foreignMessages: { name: string; to: string }[] = [];
  /** Ids for a route's other parameters (an attempt of the foreign quiz); any left get an id that exists nowhere. */
  const foreignParams: Record<string, string> = {};

  beforeAll(async () => {
    a = await buildWorkspace(t.database.db, { name: "Alpha Consulting" });
    b = await buildWorkspace(t.database.db, { name: "Bravo Consulting" });
    intruder = await buildMember(t.database.db, a.id, { roles: [...ROLES] });

    const service = await as(t.app, b.members.pmo)({
      method: "POST",
      url: "/api/v1/services",
      payload: { name: "Bravo secret service", durationMinWeeks: 2, durationMaxWeeks: 4, leadTimeWeeks: 1 },
    });
    expect(service.statusCode).toBe(201);
    const invitation = await as(t.app, b.members.admin)({
      method: "POST",
      url: "/api/v1/invitations",
      payload: { email: "bravo-hire@example.com", roles: ["rep"] },
    });
    expect(invitation.statusCode).toBe(201);
    // Bravo invites a person who is already a member of Alpha: that mail is Bravo's, not Alpha's.
    const crossInvitation = await as(t.app, b.members.admin)({
      method: "POST",
      url: "/api/v1/invitations",
      payload: { email: intruder.email, roles: ["rep"] },
    });
    expect(crossInvitation.statusCode).toBe(201);
    const token = await as(t.app, b.members.rep)({ method: "POST", url: "/api/v1/tokens", payload: { name: "bravo token" } });
    const webhook = await as(t.app, b.members.admin)({
      method: "POST",
      url: "/api/v1/webhooks",
      payload: { url: "https://hooks.bravo.example/tandem", eventTypes: ["*"] },
    });
    expect(webhook.statusCode).toBe(201);
    const audit = await t.database.db.selectFrom("audit_entries").select("id").where("workspace_id", "=", b.id).executeTakeFirstOrThrow();
    // Bravo's service created an event, and with it a job that dispatches it.
    const job = await t.database.db.selectFrom("jobs").select("id").where("workspace_id", "=", b.id).executeTakeFirstOrThrow();

    const term = await as(t.app, b.members.pm)({
      method: "POST",
      url: "/api/v1/glossary",
      payload: { term: "Bravo secret term", definition: "Bravo secret definition." },
    });
    expect(term.statusCode).toBe(201);
    const sheet = await publishSheet(t.app, b.members.pm, b.members.pmo, {
      title: "Bravo secret sheet",
      serviceIds: [service.json().id],
      termIds: [term.json().id],
    });
    await as(t.app, b.members.rep)({ method: "POST", url: `/api/v1/cheatsheets/${sheet.id}/acknowledgements` });

    const quiz = await buildQuiz(t.app, b.members.sales_manager, { title: "Bravo secret quiz", serviceId: service.json().id, bank: 2 });
    const attempt = await as(t.app, b.members.rep)({ method: "POST", url: `/api/v1/quizzes/${quiz.quiz.id}/attempts` });
    expect(attempt.statusCode).toBe(201);
    foreignIds["/api/v1/quizzes/:id"] = quiz.quiz.id;
    await as(t.app, b.members.pmo)({ method: "PUT", url: `/api/v1/services/${service.json().id}/certification-requirement`, payload: {} });
    const passing = (await as(t.app, b.members.se)({ method: "POST", url: `/api/v1/quizzes/${quiz.quiz.id}/attempts` })).json();
    await as(t.app, b.members.se)({ method: "POST", url: `/api/v1/quizzes/${quiz.quiz.id}/attempts/${passing.id}/submit`, payload: { answers: answersFor(passing, quiz.questions, true) } });
    const certification = (await as(t.app, b.members.se)({ method: "GET", url: "/api/v1/certifications" })).json().items[0];
    expect(certification).toBeDefined();
    foreignIds["/api/v1/certifications/:id"] = certification.id;
    const course = await as(t.app, b.members.sales_manager)({
      method: "POST",
      url: "/api/v1/courses",
      payload: { title: "Bravo secret course", status: "published", modules: [{ kind: "link", title: "Bravo handbook", url: "https://bravo.example/handbook" }] },
    });
    expect(course.statusCode).toBe(201);
    const enrolled = await as(t.app, b.members.sales_manager)({ method: "POST", url: "/api/v1/enrollments", payload: { courseId: course.json().id, memberIds: [b.members.rep.id] } });
    foreignIds["/api/v1/courses/:id"] = course.json().id;
    foreignIds["/api/v1/enrollments/:id"] = enrolled.json().items[0].id;
    foreignParams[":moduleId"] = course.json().modules[0].id;
    foreignParams[":attemptId"] = attempt.json().id;
    foreignParams[":questionId"] = quiz.questions[0]!.id;

    foreignIds["/api/v1/services/:id"] = service.json().id;
    foreignIds["/api/v1/glossary/:id"] = term.json().id;
    foreignIds["/api/v1/cheatsheets/:id"] = sheet.id;
    foreignIds["/api/v1/invitations/:id"] = invitation.json().id;
    foreignIds["/api/v1/tokens/:id"] = token.json().id;
    foreignIds["/api/v1/members/:id"] = b.members.rep.id;
    foreignIds["/api/v1/audit/:id"] = audit.id;
    foreignIds["/api/v1/jobs/:id"] = job.id;
    foreignIds["/api/v1/webhooks/:id"] = webhook.json().id;
    const [notification] = await notify(t.database.db, {
      workspaceId: b.id,
      memberIds: [b.members.pmo.id],
      kind: "catalog.changed",
      title: "Bravo notification",
      body: "Bravo secret service changed",
      link: `/services/${service.json().id}`,
    });
    foreignIds["/api/v1/notifications/:id"] = notification!.id;
    foreignMarkers.push(...Object.values(foreignIds), b.id, b.slug, "Bravo", "bravo", "bravo-hire@example.com");

    const bravoMail = await as(t.app, b.members.admin)({ method: "GET", url: "/api/v1/outbox" });
    foreignMessages.push(...bravoMail.json<{ items: { name: string; to: string }[] }>().items);
    expect(foreignMessages.map((message) => message.to).sort()).toEqual(["bravo-hire@example.com", intruder.email].sort());
  });

  it("keeps each workspace's mail its own, also mail to a person in both, on every route that reads messages or files", async () => {
    // Routes keyed by something other than a record id (those are tried above).
    // Token routes are public by design: the token is the capability.
    const byOtherKey = t.app.apiRoutes.filter((r) => r.url.includes(":") && !r.url.includes(":id") && !r.url.includes(":token"));
    expect(byOtherKey.map((r) => r.url)).toContain("/api/v1/outbox/:name");
    for (const route of byOtherKey) {
      expect(route.url, `no foreign message or file for ${route.url}: add one to this test`).toBe("/api/v1/outbox/:name");
      for (const message of foreignMessages) {
        const response = await as(t.app, intruder)({ method: route.method as "GET", url: route.url.replace(":name", message.name) });
        expect(response.statusCode, `${route.url} ${message.to}`).toBe(404);
        expect(response.body).not.toContain("Bravo");
      }
    }
    // The person in both workspaces sees Bravo's invitation only through Bravo's admin.
    const own = await as(t.app, intruder)({ method: "GET", url: "/api/v1/outbox" });
    expect(own.json<{ items: { to: string }[] }>().items.some((message) => message.to === intruder.email)).toBe(false);
  });

  /** A body each route takes, so the request gets past validation to the lookup that must fail. */
  function validBody(route: { method: string; url: string }): object | undefined {
    if (route.method === "PATCH") return { version: 1 };
    if (route.url.startsWith("/api/v1/cheatsheets/") && route.method === "POST") return { version: 1, comment: "x" };
    if (route.url.endsWith("/questions") && route.method === "POST") return sampleQuestion(1);
    if (route.url.endsWith("/publish") || route.url.endsWith("/unpublish")) return { version: 1 };
    if (route.url.endsWith("/answers") || route.url.endsWith("/submit")) return { answers: {} };
    if (route.method === "PUT") return {};
    return undefined;
  }

  it("answers 404 on every route that takes an id of another workspace", async () => {
    const byId = t.app.apiRoutes.filter((r) => r.url.includes(":id"));
    expect(byId.length).toBeGreaterThan(5);
    for (const route of byId) {
      // Sub-resources (/webhooks/:id/deliveries) take the id of their parent record.
      const id = foreignIds[route.url.slice(0, route.url.indexOf(":id") + 3)];
      expect(id, `no foreign record for ${route.url}: add one to this test`).toBeDefined();
      const response = await as(t.app, intruder)({
        method: route.method as "GET",
        url:
          route.url
            .replace(":id", id!)
            .replace(":number", "1")
            .replace(/:\w+/g, (param) => foreignParams[param] ?? "0192f0c0-0000-7000-8000-000000000000") + (route.url.endsWith("/diff") ? "?from=1&to=1" : ""),
        // Bodies must be valid to reach the lookup.
        payload: validBody(route),
      });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(404);
      expect(response.body).not.toContain("Bravo");
    }
  });

  it("shows nothing of the other workspace in any list, search or filter", async () => {
    // The notification stream never ends; its scoping is tested in the notifications module.
    const lists = t.app.apiRoutes.filter((r) => r.method === "GET" && !r.url.includes(":") && !r.url.endsWith("/stream"));
    const queries = ["", "?q=Bravo", "?q=secret", `?serviceId=${foreignIds["/api/v1/services/:id"]}`, `?termId=${foreignIds["/api/v1/glossary/:id"]}`, `?recordId=${foreignIds["/api/v1/services/:id"]}`, `?memberId=${b.members.pmo.id}`];
    for (const route of lists) {
      for (const query of queries) {
        const response = await as(t.app, intruder)({ method: "GET", url: route.url + query });
        if (response.statusCode === 400) continue; // a filter this list does not take
        expect(response.statusCode, route.url + query).toBe(200);
        for (const marker of foreignMarkers) expect(response.body, `${route.url}${query} leaks ${marker}`).not.toContain(marker);
      }
    }
  });

  it("left the other workspace's records as they were", async () => {
    const service = await as(t.app, b.members.pmo)({ method: "GET", url: `/api/v1/services/${foreignIds["/api/v1/services/:id"]}` });
    expect(service.json()).toMatchObject({ version: 1, name: "Bravo secret service" });
    const rep = await as(t.app, b.members.admin)({ method: "GET", url: `/api/v1/members/${b.members.rep.id}` });
    expect(rep.json()).toMatchObject({ version: 1, status: "active" });
    const invitations = await as(t.app, b.members.admin)({ method: "GET", url: "/api/v1/invitations?status=pending" });
    expect(invitations.json().items).toHaveLength(2);
    const tokens = await as(t.app, b.members.rep)({ method: "GET", url: "/api/v1/tokens" });
    expect(tokens.json().items.every((token: { revokedAt: string | null }) => token.revokedAt === null)).toBe(true);
    const job = await t.database.db.selectFrom("jobs").select(["status", "attempts"]).where("id", "=", foreignIds["/api/v1/jobs/:id"]!).executeTakeFirstOrThrow();
    expect(job).toEqual({ status: "queued", attempts: 0 });
    const sheet = await as(t.app, b.members.pm)({ method: "GET", url: `/api/v1/cheatsheets/${foreignIds["/api/v1/cheatsheets/:id"]}` });
    expect(sheet.json()).toMatchObject({ status: "published", publishedVersion: 1, title: "Bravo secret sheet" });
    const attempt = await t.database.db.selectFrom("quiz_attempts").select(["status", "answers"]).where("id", "=", foreignParams[":attemptId"]!).executeTakeFirstOrThrow();
    expect(attempt).toEqual({ status: "in_progress", answers: "{}" });
    const quiz = await as(t.app, b.members.sales_manager)({ method: "GET", url: `/api/v1/quizzes/${foreignIds["/api/v1/quizzes/:id"]}` });
    expect(quiz.json()).toMatchObject({ status: "published", version: 2, bankSize: 2 });
    const reads = await t.database.db.selectFrom("cheat_sheet_reads").select("member_id").where("member_id", "=", intruder.id).execute();
    expect(reads).toEqual([]);
    const audit = await t.database.db.selectFrom("audit_entries").select("workspace_id").where("actor_member_id", "=", intruder.id).execute();
    expect(audit).toEqual([]);
  });
});
