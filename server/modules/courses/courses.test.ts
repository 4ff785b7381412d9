import { beforeAll, describe, expect, it } from "vitest";
import { jobHandlers } from "#server/kernel/jobs/runtime.ts";
import { enqueueJob } from "#server/kernel/jobs/queue.ts";
import { JobWorker } from "#server/kernel/jobs/worker.ts";
import { act, publishSheet } from "#server/modules/cheatsheets/cheatsheets.fixtures.ts";
import { answersFor, buildQuiz } from "#server/modules/quizzes/quizzes.fixtures.ts";
import type { Course, Enrollment } from "#shared/contracts/courses.ts";
import type { Attempt } from "#shared/contracts/quizzes.ts";
import { as, buildMember, buildWorkspace, type TestMember, type TestWorkspace } from "#tests/factories.ts";
import { useTestApp } from "#tests/setup/test-app.ts";
import { OVERDUE_ENROLLMENTS_JOB } from "./courses.jobs.ts";

describe("courses and enrollments", () => {
  const t = useTestApp();
  let ws: TestWorkspace;
  let sheet: { id: string; version: number };
  let quiz: Awaited<ReturnType<typeof buildQuiz>>;
  const runJobs = () => new JobWorker({ database: t.database, handlers: jobHandlers(t.app.tandem.env), backoff: () => 0, pollMs: 5 }).drain();
  const manager = () => as(t.app, ws.members.sales_manager);

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
    sheet = await publishSheet(t.app, ws.members.pm, ws.members.pmo, { title: "What is a change request?" });
    quiz = await buildQuiz(t.app, ws.members.sales_manager, { title: "Onboarding check", bank: 2, questionsPerAttempt: 2 });
  });

  const createCourse = async (payload: object) => {
    const response = await manager()({ method: "POST", url: "/api/v1/courses", payload });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Course>();
  };
  const modules = () => [
    { kind: "cheat_sheet", sheetId: sheet.id },
    { kind: "link", title: "Our delivery handbook", url: "https://handbook.example/delivery" },
    { kind: "quiz", quizId: quiz.quiz.id },
  ];
  const enrollmentsOf = async (viewer: TestMember, query = "") => (await as(t.app, viewer)({ method: "GET", url: `/api/v1/enrollments${query}` })).json<{ items: Enrollment[] }>().items;

  it("builds a course of sheets, links and quizzes, hidden from members until published, one onboarding course per workspace", async () => {
    const course = await createCourse({ title: "Sales onboarding", onboarding: true, modules: modules() });
    expect(course).toMatchObject({ status: "draft", onboarding: true, permissions: { update: true, enroll: false } });
    expect(course.modules.map((module) => [module.kind, module.title, module.href])).toEqual([
      ["cheat_sheet", "What is a change request?", `/cheatsheets/${sheet.id}`],
      ["link", "Our delivery handbook", "https://handbook.example/delivery"],
      ["quiz", "Onboarding check", `/training/quizzes/${quiz.quiz.id}`],
    ]);
    expect((await as(t.app, ws.members.rep)({ method: "GET", url: `/api/v1/courses/${course.id}` })).statusCode).toBe(404);
    const second = await manager()({ method: "POST", url: "/api/v1/courses", payload: { title: "Another onboarding", onboarding: true } });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: "onboarding_exists", errors: [{ path: "body.onboarding" }] });
    const unknown = await manager()({ method: "POST", url: "/api/v1/courses", payload: { title: "Broken", modules: [{ kind: "quiz", quizId: sheet.id }, { kind: "link", title: "x", url: "javascript:alert(1)" }] } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors.map((e: { path: string }) => e.path)).toEqual(["body.modules.1.url"]);
    const missing = await manager()({ method: "POST", url: "/api/v1/courses", payload: { title: "Broken", modules: [{ kind: "quiz", quizId: sheet.id }] } });
    expect(missing.statusCode).toBe(422);
    expect(missing.json()).toMatchObject({ code: "unknown_module_target", errors: [{ path: "body.modules.0.quizId" }] });
    expect((await as(t.app, ws.members.rep)({ method: "POST", url: "/api/v1/courses", payload: { title: "Mine" } })).statusCode).toBe(403);

    const refused = await manager()({ method: "POST", url: "/api/v1/enrollments", payload: { courseId: course.id, role: "rep" } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: "course_not_published" });
    const published = await manager()({ method: "PATCH", url: `/api/v1/courses/${course.id}`, payload: { version: course.version, status: "published" } });
    expect(published.json()).toMatchObject({ status: "published", version: 2 });
  });

  it("enrolls by hand or by role, tracks each module from what the member did, and completes the course", async () => {
    const course = await createCourse({ title: "Product basics", status: "published", modules: modules() });
    const rep = await buildMember(t.database.db, ws.id, { roles: ["rep"] });
    const byRole = await manager()({ method: "POST", url: "/api/v1/enrollments", payload: { courseId: course.id, role: "rep", dueOn: "2030-01-31" } });
    expect(byRole.statusCode, byRole.body).toBe(201);
    expect(byRole.json().created).toBeGreaterThanOrEqual(2);
    const again = await manager()({ method: "POST", url: "/api/v1/enrollments", payload: { courseId: course.id, memberIds: [rep.id] } });
    expect(again.json()).toMatchObject({ created: 0, alreadyEnrolled: 1 });
    const stranger = await manager()({ method: "POST", url: "/api/v1/enrollments", payload: { courseId: course.id, memberIds: [ws.id] } });
    expect(stranger.statusCode).toBe(422);
    expect(stranger.json()).toMatchObject({ code: "unknown_member", errors: [{ path: "body.memberIds.0" }] });
    expect((await manager()({ method: "POST", url: "/api/v1/enrollments", payload: { courseId: course.id, memberIds: [rep.id], role: "rep" } })).statusCode).toBe(400);

    const [mine] = await enrollmentsOf(rep);
    expect(mine).toMatchObject({ course: { id: course.id }, source: "role", dueOn: "2030-01-31", state: "not_started", done: 0, total: 3, permissions: { confirmModule: true, withdraw: false } });

    await as(t.app, rep)({ method: "POST", url: `/api/v1/cheatsheets/${sheet.id}/acknowledgements` });
    const link = mine!.modules[1]!;
    const confirmed = await as(t.app, rep)({ method: "POST", url: `/api/v1/enrollments/${mine!.id}/modules/${link.id}/confirm` });
    expect(confirmed.json()).toMatchObject({ state: "in_progress", done: 2 });
    const notALink = await as(t.app, rep)({ method: "POST", url: `/api/v1/enrollments/${mine!.id}/modules/${mine!.modules[0]!.id}/confirm` });
    expect(notALink.statusCode).toBe(422);
    const other = await buildMember(t.database.db, ws.id, { roles: ["rep"] });
    expect((await as(t.app, other)({ method: "POST", url: `/api/v1/enrollments/${mine!.id}/modules/${link.id}/confirm` })).statusCode).toBe(404);
    expect((await enrollmentsOf(other, `?memberId=${rep.id}`))).toEqual([]);

    const attempt = (await as(t.app, rep)({ method: "POST", url: `/api/v1/quizzes/${quiz.quiz.id}/attempts` })).json<Attempt>();
    await as(t.app, rep)({ method: "POST", url: `/api/v1/quizzes/${quiz.quiz.id}/attempts/${attempt.id}/submit`, payload: { answers: answersFor(attempt, quiz.questions, true) } });
    await runJobs();
    const [done] = await enrollmentsOf(ws.members.sales_manager, `?memberId=${rep.id}&courseId=${course.id}`);
    expect(done).toMatchObject({ state: "completed", done: 3, completedAt: expect.any(String) });
    const completed = await t.database.db.selectFrom("events").select("type").where("record_id", "=", done!.id).orderBy("occurred_at").execute();
    expect(completed.map((event) => event.type)).toEqual(["enrollment.created", "enrollment.completed"]);

    // A new version of the sheet opens its module again.
    const editing = await as(t.app, ws.members.pm)({ method: "PATCH", url: `/api/v1/cheatsheets/${sheet.id}`, payload: { version: sheet.version, pitch: "A change request is how scope changes, in writing." } });
    expect(editing.statusCode, editing.body).toBe(200);
    await act(t.app, ws.members.pmo, await act(t.app, ws.members.pm, editing.json(), "submit"), "approve");
    const [reopened] = await enrollmentsOf(rep, `?courseId=${course.id}`);
    expect(reopened!.modules[0]).toMatchObject({ done: false, reopened: true });
    expect(reopened!.state).toBe("in_progress");
  });

  it("enrolls a new rep in the onboarding course, and reminds of overdue enrollments once a week", async () => {
    const newcomer = await buildMember(t.database.db, ws.id, { roles: ["pm"] });
    const member = (await as(t.app, ws.members.admin)({ method: "GET", url: `/api/v1/members/${newcomer.id}` })).json();
    const changed = await as(t.app, ws.members.admin)({ method: "PATCH", url: `/api/v1/members/${newcomer.id}`, payload: { version: member.version, roles: ["pm", "rep"] } });
    expect(changed.statusCode, changed.body).toBe(200);
    await runJobs();
    const [onboarding] = await enrollmentsOf(newcomer);
    const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    expect(onboarding).toMatchObject({ course: { title: "Sales onboarding" }, source: "automatic", dueOn: due });

    await t.database.db.updateTable("enrollments").set({ due_on: "2020-01-01" }).where("id", "=", onboarding!.id).execute();
    expect((await enrollmentsOf(newcomer, "?state=overdue")).map((item) => item.id)).toEqual([onboarding!.id]);
    for (let run = 0; run < 2; run++) {
      await enqueueJob(t.database.db, { kind: OVERDUE_ENROLLMENTS_JOB, payload: {}, uniqueKey: `overdue-${run}` });
      await runJobs();
    }
    const overdue = await t.database.db.selectFrom("events").select("type").where("record_id", "=", onboarding!.id).where("type", "=", "enrollment.overdue").execute();
    expect(overdue).toHaveLength(1);
    const told = await t.database.db.selectFrom("notifications").select(["member_id", "title"]).where("kind", "=", "training.course").where("title", "like", "%behind%").execute();
    expect(told.map((row) => row.member_id)).toContain(ws.members.sales_manager.id);
  });
});
