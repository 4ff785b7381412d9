import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "#server/app.ts";
import { readEnv } from "#server/env.ts";
import type { DatabaseHandle } from "#server/kernel/db/database.ts";
import { AppError } from "#server/kernel/errors.ts";
import type { Page } from "#shared/contracts/common.ts";
import type { Enrollment } from "#shared/contracts/courses.ts";
import type { Quiz } from "#shared/contracts/quizzes.ts";
import type { ReadinessMatrix } from "#shared/contracts/readiness.ts";
import { CookieClient } from "#tests/session.ts";
import { createTestDatabase } from "#tests/setup/test-database.ts";
import { DEMO_SERVICES } from "./catalog.ts";
import { DEMO_PASSWORD, DEMO_PEOPLE, seedDemo, seedDemoIfEmpty } from "./seed.ts";

describe("the demo workspace", () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  const workspace = () => database.db.selectFrom("workspaces").selectAll().where("slug", "=", "acme").executeTakeFirstOrThrow();

  it("seeds Acme Consulting with a member in every role, three more reps and its service catalog", async () => {
    const seeded = await seedDemoIfEmpty(database.db);
    expect(seeded).toEqual({
      workspaceName: "Acme Consulting",
      password: DEMO_PASSWORD,
      emails: [
        "admin@acme.example",
        "pmo@acme.example",
        "pm@acme.example",
        "sales_manager@acme.example",
        "rep@acme.example",
        "se@acme.example",
        "rep.amara@acme.example",
        "rep.kenji@acme.example",
        "rep.leila@acme.example",
      ],
    });

    const acme = await workspace();
    expect(acme.name).toBe("Acme Consulting");
    const members = await database.db
      .selectFrom("members")
      .innerJoin("users", "users.id", "members.user_id")
      .select(["members.id", "members.roles", "members.status", "users.email", "users.name"])
      .where("members.workspace_id", "=", acme.id)
      .execute();
    expect(members).toHaveLength(9);
    expect(Object.fromEntries(members.map((m) => [m.email, JSON.parse(m.roles) as string[]]))).toEqual({
      "admin@acme.example": ["admin"],
      "pmo@acme.example": ["pmo"],
      "pm@acme.example": ["pm"],
      "sales_manager@acme.example": ["sales_manager"],
      "rep@acme.example": ["rep"],
      "se@acme.example": ["se"],
      "rep.amara@acme.example": ["rep"],
      "rep.kenji@acme.example": ["rep"],
      "rep.leila@acme.example": ["rep"],
    });
    expect(members.every((m) => m.status === "active")).toBe(true);
    // Real-sounding names, never the role spelled out.
    for (const member of members) expect(member.name).not.toMatch(/admin|pmo|rep\b|sales|engineer|manager/i);

    const pmo = members.find((m) => m.email === "pmo@acme.example");
    const services = await database.db.selectFrom("services").selectAll().where("workspace_id", "=", acme.id).execute();
    expect(services.length).toBeGreaterThanOrEqual(5);
    for (const service of services) {
      expect(service.owner_member_id).toBe(pmo?.id);
      const template = JSON.parse(service.estimation_template) as { phases: Array<{ efforts: unknown[] }> };
      expect(template.phases.length).toBeGreaterThan(0);
      expect(template.phases.every((phase) => phase.efforts.length > 0)).toBe(true);
      expect((JSON.parse(service.rate_card) as unknown[]).length).toBeGreaterThan(0);
    }

    const audited = await database.db
      .selectFrom("audit_entries")
      .select(["record_type", "actor_member_id"])
      .where("workspace_id", "=", acme.id)
      .execute();
    const serviceEntries = audited.filter((entry) => entry.record_type === "service");
    expect(serviceEntries).toHaveLength(services.length);
    expect(serviceEntries.every((entry) => entry.actor_member_id === pmo?.id)).toBe(true);
    expect(audited.filter((entry) => entry.record_type === "member")).toHaveLength(9);
    expect(audited.filter((entry) => entry.record_type === "workspace")).toHaveLength(1);
  });

  it("seeds nothing into a database that has a workspace", async () => {
    const countRows = async () => {
      const row = await database.db
        .selectFrom("services")
        .select((eb) => eb.fn.countAll().as("count"))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    };
    const before = await countRows();
    expect(await seedDemoIfEmpty(database.db)).toBeNull();
    expect(await countRows()).toBe(before);
  });

  it("refuses `seed-demo` when the acme workspace exists", async () => {
    const refusal = await seedDemo(database.db).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({ status: 409, code: "demo_exists" });
  });

  it("seeds cheat sheets in every state and a glossary, with the rep's acknowledgements part done", async () => {
    const acme = await workspace();
    const sheets = await database.db.selectFrom("cheat_sheets").selectAll().where("workspace_id", "=", acme.id).execute();
    expect(sheets.length).toBeGreaterThanOrEqual(12);
    const terms = await database.db.selectFrom("glossary_terms").select("id").where("workspace_id", "=", acme.id).execute();
    expect(terms.length).toBeGreaterThanOrEqual(40);
    const statuses = sheets.map((sheet) => sheet.status);
    expect(statuses).toContain("draft");
    expect(statuses).toContain("in_review");
    const published = sheets.filter((sheet) => sheet.status === "published");
    expect(published.length).toBeGreaterThanOrEqual(10);
    const now = new Date().toISOString();
    expect(published.filter((sheet) => sheet.verify_due_at! < now).length).toBeGreaterThanOrEqual(2);
    expect(published.some((sheet) => sheet.published_version === 2)).toBe(true);
    for (const sheet of sheets) {
      for (const section of ["What it is", "Why the client cares", "Say this", "Never promise this", "Questions clients ask"]) {
        expect(sheet.body, sheet.title).toContain(`## ${section}`);
      }
    }
    const exceptions = await database.db.selectFrom("cheat_sheet_versions").select("clarity_exception").where("workspace_id", "=", acme.id).execute();
    expect(exceptions.filter((version) => version.clarity_exception !== null)).toHaveLength(1);

    const rep = await database.db
      .selectFrom("members")
      .innerJoin("users", "users.id", "members.user_id")
      .select("members.id")
      .where("users.email", "=", "rep@acme.example")
      .executeTakeFirstOrThrow();
    const acknowledged = await database.db
      .selectFrom("cheat_sheet_acknowledgements as ack")
      .innerJoin("cheat_sheets as sheet", (join) => join.onRef("sheet.id", "=", "ack.sheet_id").onRef("sheet.published_version", "=", "ack.version_number"))
      .select("ack.sheet_id")
      .where("ack.member_id", "=", rep.id)
      .execute();
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(acknowledged.length).toBeLessThan(published.length);
  });

  it("seeds a published certification quiz for every service, and the stand-alone PMO quiz with attempts", async () => {
    const acme = await workspace();
    const services = await database.db.selectFrom("services").select(["id", "name"]).where("workspace_id", "=", acme.id).execute();
    const quizzes = await database.db.selectFrom("quizzes").selectAll().where("workspace_id", "=", acme.id).execute();
    const questions = await database.db.selectFrom("quiz_questions").select("quiz_id").where("workspace_id", "=", acme.id).execute();
    const bankOf = (quizId: string) => questions.filter((question) => question.quiz_id === quizId).length;
    const requirements = await database.db.selectFrom("certification_requirements").selectAll().where("workspace_id", "=", acme.id).execute();

    expect(services.map((service) => service.name).sort()).toEqual(DEMO_SERVICES.map((service) => service.name).sort());
    for (const service of services) {
      const quiz = quizzes.find((candidate) => candidate.service_id === service.id);
      expect(quiz, service.name).toMatchObject({ status: "published", pass_mark: 80, questions_per_attempt: 6, max_attempts: 3, cooldown_minutes: 60 });
      expect(bankOf(quiz!.id), service.name).toBeGreaterThanOrEqual(8);
      expect(quiz!.time_limit_minutes, service.name).toBe(service.name === "Cloud migration" ? 15 : null);
      const requirement = requirements.find((candidate) => candidate.service_id === service.id);
      expect(requirement, service.name).toMatchObject({ validity_months: service.name === "PMO setup" ? 24 : 12, attendance_months: null });
    }

    const pmoQuiz = quizzes.find((quiz) => quiz.title === "Working with the PMO");
    expect(pmoQuiz).toMatchObject({ service_id: null, status: "published", questions_per_attempt: 5 });
    expect(bankOf(pmoQuiz!.id)).toBeGreaterThanOrEqual(6);
    const attempts = await database.db.selectFrom("quiz_attempts").select(["status", "passed"]).where("quiz_id", "=", pmoQuiz!.id).execute();
    expect(attempts.map((attempt) => [attempt.status, attempt.passed]).sort()).toEqual([
      ["submitted", 0],
      ["submitted", 1],
    ]);
    const answered = await database.db.selectFrom("quiz_answers").select("correct").where("quiz_id", "=", pmoQuiz!.id).execute();
    expect(answered).toHaveLength(10);
  });

  it("shows every readiness state for Cloud migration, with the demo rep certified for Data platform build only", async () => {
    const app = await buildApp({ env: readEnv({ NODE_ENV: "test", SIGN_IN_RATE_LIMIT: "1000" }), database });
    try {
      const manager = new CookieClient(app);
      expect((await manager.signIn("sales_manager@acme.example", DEMO_PASSWORD)).statusCode).toBe(200);
      const response = await manager.request({ method: "GET", url: "/api/v1/readiness" });
      expect(response.statusCode, response.body).toBe(200);
      const matrix = response.json<ReadinessMatrix>();
      expect(matrix.services.every((service) => service.certificationRequired)).toBe(true);
      const column = (name: string) => matrix.services.findIndex((service) => service.name === name);
      const row = (email: string) => matrix.rows.find((candidate) => candidate.member.email === email)!;
      const cloud = column("Cloud migration");
      const stateOf = (email: string) => ({ state: row(email).states[cloud], expiresOn: row(email).expiresOn[cloud] });

      const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
      expect(stateOf("rep@acme.example")).toEqual({ state: "missing", expiresOn: null });
      expect(stateOf("rep.amara@acme.example").state).toBe("certified");
      expect(stateOf("rep.kenji@acme.example")).toEqual({ state: "expiring", expiresOn: inDays(20) });
      expect(stateOf("rep.leila@acme.example")).toEqual({ state: "expired", expiresOn: inDays(-10) });

      const demoRep = row("rep@acme.example");
      const held = matrix.services.filter((_service, index) => demoRep.states[index] !== "missing").map((service) => service.name);
      expect(held).toEqual(["Data platform build"]);
      expect(demoRep.states[column("Data platform build")]).toBe("certified");

      // The rep whose certification lapsed may renew it at once: the pass behind it is as old as the certification.
      const cloudId = matrix.services[cloud]!.id;
      for (const email of ["rep.leila@acme.example", "rep.kenji@acme.example", "rep@acme.example"]) {
        const taker = new CookieClient(app);
        expect((await taker.signIn(email, DEMO_PASSWORD)).statusCode).toBe(200);
        const quizzes = await taker.request({ method: "GET", url: `/api/v1/quizzes?serviceId=${cloudId}` });
        expect(quizzes.json<Page<Quiz>>().items.map((quiz) => ({ timeLimitMinutes: quiz.timeLimitMinutes, start: quiz.permissions.start })), email).toEqual([{ timeLimitMinutes: 15, start: true }]);
      }
    } finally {
      await app.close();
    }
  });

  it("enrolls every rep in the onboarding course, one of them overdue", async () => {
    const app = await buildApp({ env: readEnv({ NODE_ENV: "test", SIGN_IN_RATE_LIMIT: "1000" }), database });
    try {
      const manager = new CookieClient(app);
      expect((await manager.signIn("sales_manager@acme.example", DEMO_PASSWORD)).statusCode).toBe(200);
      const enrollments = (await manager.request({ method: "GET", url: "/api/v1/enrollments?limit=50" })).json<Page<Enrollment>>().items;
      expect(new Set(enrollments.map((enrollment) => enrollment.course.title))).toEqual(new Set(["Sales onboarding"]));
      expect(enrollments.map((enrollment) => enrollment.member.email).sort()).toEqual(["rep.amara@acme.example", "rep.kenji@acme.example", "rep.leila@acme.example", "rep@acme.example"]);
      expect(enrollments.find((enrollment) => enrollment.member.email === "rep.leila@acme.example")!.state).toBe("overdue");
      const demoRep = enrollments.find((enrollment) => enrollment.member.email === "rep@acme.example")!;
      expect(demoRep.modules.map((module) => module.kind)).toEqual(["cheat_sheet", "cheat_sheet", "cheat_sheet", "link", "quiz"]);
      // The demo rep acknowledged some of the sheets already.
      expect(demoRep.state).toBe("in_progress");
    } finally {
      await app.close();
    }
  });

  it("seeds once when two processes start on an empty database at the same moment", async () => {
    const fresh = await createTestDatabase();
    try {
      const results = await Promise.all([seedDemoIfEmpty(fresh.db), seedDemoIfEmpty(fresh.db)]);
      expect(results.filter((result) => result !== null)).toHaveLength(1);
      const workspaces = await fresh.db.selectFrom("workspaces").select("slug").execute();
      expect(workspaces).toEqual([{ slug: "acme" }]);
    } finally {
      await fresh.close();
    }
  });

  it("lets every demo member sign in with the demo password", async () => {
    const app = await buildApp({ env: readEnv({ NODE_ENV: "test", SIGN_IN_RATE_LIMIT: "1000" }), database });
    try {
      for (const person of DEMO_PEOPLE) {
        const response = await app.inject({
          method: "POST",
          url: "/api/v1/session",
          payload: { email: person.email, password: DEMO_PASSWORD },
        });
        expect(response.statusCode, person.email).toBe(200);
        expect(response.json()).toMatchObject({
          user: { email: person.email, name: person.name },
          member: { roles: [person.role] },
          workspace: { slug: "acme", name: "Acme Consulting" },
        });
      }
      const wrong = await app.inject({
        method: "POST",
        url: "/api/v1/session",
        payload: { email: "rep@acme.example", password: "not-the-demo-password" },
      });
      expect(wrong.statusCode).toBe(401);
    } finally {
      await app.close();
    }
  });
});
