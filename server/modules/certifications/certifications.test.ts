import { beforeAll, describe, expect, it } from "vitest";
import type { Certification, Requirement } from "#shared/contracts/certifications.ts";
import type { Attempt, Quiz } from "#shared/contracts/quizzes.ts";
import { answersFor, buildQuiz } from "#server/modules/quizzes/quizzes.fixtures.ts";
import { as, buildMember, buildWorkspace, type TestMember, type TestWorkspace } from "#tests/factories.ts";
import { useTestApp } from "#tests/setup/test-app.ts";
import { todayOf } from "#server/kernel/calendar.ts";
import { expiryOf } from "./certifications.dates.ts";
import { sendCertificationReminders } from "./certifications.jobs.ts";
import { recordAttendance } from "./certifications.service.ts";

describe("certifications", () => {
  const t = useTestApp();
  let ws: TestWorkspace;

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
  });

  const addService = async (name: string) => {
    const response = await as(t.app, ws.members.pmo)({ method: "POST", url: "/api/v1/services", payload: { name, durationMinWeeks: 6, durationMaxWeeks: 16, leadTimeWeeks: 4 } });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string }>().id;
  };
  const requireCertification = async (serviceId: string, payload: object = {}) => {
    const response = await as(t.app, ws.members.pmo)({ method: "PUT", url: `/api/v1/services/${serviceId}/certification-requirement`, payload });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Requirement>();
  };
  /** The member takes the quiz and answers everything right (or wrong). */
  const take = async (member: TestMember, quizId: string, right = true) => {
    const started = await as(t.app, member)({ method: "POST", url: `/api/v1/quizzes/${quizId}/attempts` });
    expect(started.statusCode, started.body).toBe(201);
    const attempt = started.json<Attempt>();
    const bank = (await as(t.app, ws.members.sales_manager)({ method: "GET", url: `/api/v1/quizzes/${quizId}/questions` })).json().items;
    const submitted = await as(t.app, member)({ method: "POST", url: `/api/v1/quizzes/${quizId}/attempts/${attempt.id}/submit`, payload: { answers: answersFor(attempt, bank, right) } });
    expect(submitted.statusCode, submitted.body).toBe(200);
    return submitted.json<Attempt>();
  };
  const certificationsOf = async (viewer: TestMember, query = "") =>
    (await as(t.app, viewer)({ method: "GET", url: `/api/v1/certifications${query}` })).json<{ items: Certification[] }>().items;

  it("sets what selling a service needs, by field and by version, only for the PMO", async () => {
    const serviceId = await addService("Data platform");
    expect((await as(t.app, ws.members.sales_manager)({ method: "PUT", url: `/api/v1/services/${serviceId}/certification-requirement`, payload: {} })).statusCode).toBe(403);
    expect((await as(t.app, ws.members.rep)({ method: "GET", url: `/api/v1/services/${serviceId}/certification-requirement` })).statusCode).toBe(404);
    for (const [payload, path] of [[{ validityMonths: 0 }, "body.validityMonths"], [{ validityMonths: 1.5 }, "body.validityMonths"], [{ validityMonths: 61 }, "body.validityMonths"], [{ attendanceMonths: 0 }, "body.attendanceMonths"], [{ months: 3 }, "body.months"]] as const) {
      const response = await as(t.app, ws.members.pmo)({ method: "PUT", url: `/api/v1/services/${serviceId}/certification-requirement`, payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    const created = await requireCertification(serviceId);
    expect(created).toMatchObject({ validityMonths: 12, attendanceMonths: null, version: 1, service: { id: serviceId, name: "Data platform" }, permissions: { update: true } });
    const again = await as(t.app, ws.members.pmo)({ method: "PUT", url: `/api/v1/services/${serviceId}/certification-requirement`, payload: { validityMonths: 6 } });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: "requirement_exists", errors: [{ path: "body.version" }] });
    const changed = await as(t.app, ws.members.pmo)({ method: "PUT", url: `/api/v1/services/${serviceId}/certification-requirement`, payload: { validityMonths: 6, version: 1 } });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ validityMonths: 6, version: 2 });
    const stale = await as(t.app, ws.members.pmo)({ method: "PUT", url: `/api/v1/services/${serviceId}/certification-requirement`, payload: { validityMonths: 9, version: 1 } });
    expect(stale.statusCode).toBe(409);
    const read = await as(t.app, ws.members.rep)({ method: "GET", url: `/api/v1/services/${serviceId}/certification-requirement` });
    expect(read.json()).toMatchObject({ validityMonths: 6, permissions: { update: false, delete: false } });
    expect((await as(t.app, ws.members.pmo)({ method: "PUT", url: `/api/v1/services/${ws.id}/certification-requirement`, payload: {} })).statusCode).toBe(404);
  });

  it("certifies a rep who passes the service's quiz for the validity, once; a failed attempt certifies nothing", async () => {
    const serviceId = await addService("Cloud migration");
    await requireCertification(serviceId);
    const { quiz } = await buildQuiz(t.app, ws.members.sales_manager, { title: "Cloud migration certification", serviceId, bank: 3, questionsPerAttempt: 3, cooldownMinutes: 0 });
    const rep = await buildMember(t.database.db, ws.id, { roles: ["rep"], name: "Robin Rep" });
    await take(rep, quiz.id, false);
    expect(await certificationsOf(rep)).toEqual([]);
    await take(rep, quiz.id, true);
    const [certification] = await certificationsOf(rep);
    const today = todayOf(new Date());
    expect(certification).toMatchObject({ member: { id: rep.id, name: "Robin Rep" }, service: { id: serviceId }, number: 1, earnedOn: today, expiresOn: expiryOf(today, 12), state: "certified", current: true, permissions: { downloadCertificate: true } });
    const event = await t.database.db.selectFrom("events").select("payload").where("type", "=", "certification.earned").where("record_id", "=", certification!.id).executeTakeFirstOrThrow();
    expect(JSON.parse(event.payload)).toMatchObject({ renewal: false, certification: { id: certification!.id, expiresOn: expiryOf(today, 12) } });
    const locked = (await as(t.app, rep)({ method: "GET", url: `/api/v1/quizzes/${quiz.id}` })).json<Quiz>();
    expect(locked.permissions.start).toBe(false);
    expect(locked.progress.passed).toBe(true);

    const pdf = await as(t.app, rep)({ method: "GET", url: `/api/v1/certifications/${certification!.id}/pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.headers["content-disposition"]).toContain("certificate-robin-rep-cloud-migration.pdf");
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.rawPayload.toString("latin1").match(/\/Type \/Page\b/g)).toHaveLength(1);

    // Others see it only if they see everyone's readiness.
    const otherRep = await buildMember(t.database.db, ws.id, { roles: ["rep"] });
    expect((await as(t.app, otherRep)({ method: "GET", url: `/api/v1/certifications/${certification!.id}` })).statusCode).toBe(404);
    expect((await as(t.app, otherRep)({ method: "GET", url: `/api/v1/certifications/${certification!.id}/pdf` })).statusCode).toBe(404);
    expect(await certificationsOf(otherRep, `?memberId=${rep.id}`)).toEqual([]);
    expect((await certificationsOf(ws.members.sales_manager, `?memberId=${rep.id}`)).map((c) => c.id)).toEqual([certification!.id]);
  });

  it("reminds at 30, 7 and 0 days once each, reopens the quiz for renewal and keeps the history", async () => {
    const serviceId = await addService("Agile coaching");
    await requireCertification(serviceId);
    const { quiz } = await buildQuiz(t.app, ws.members.sales_manager, { title: "Agile coaching certification", serviceId, bank: 2, questionsPerAttempt: 2 });
    const rep = await buildMember(t.database.db, ws.id, { roles: ["rep"], name: "Riley Renewal" });
    await take(rep, quiz.id);
    const [first] = await certificationsOf(rep);
    const today = todayOf(new Date());
    const expireIn = (days: number) =>
      t.database.db.updateTable("certifications").set({ expires_on: new Date(Date.parse(today) + days * 86_400_000).toISOString().slice(0, 10) }).where("id", "=", first!.id).execute();
    const remindersOf = async () =>
      (await t.database.db.selectFrom("events").select(["type", "payload"]).where("record_id", "=", first!.id).where("type", "in", ["certification.expiring", "certification.expired"]).orderBy("occurred_at").execute()).map(
        (row) => [row.type, JSON.parse(row.payload).daysLeft ?? null],
      );

    await expireIn(30);
    await sendCertificationReminders(t.database.db, today);
    await sendCertificationReminders(t.database.db, today);
    expect(await remindersOf()).toEqual([["certification.expiring", 30]]);
    expect((await certificationsOf(rep, "?state=expiring")).map((c) => c.id)).toEqual([first!.id]);
    expect(await certificationsOf(rep, "?state=certified")).toEqual([]);

    await expireIn(7);
    await sendCertificationReminders(t.database.db, today);
    await expireIn(0);
    await sendCertificationReminders(t.database.db, today);
    await sendCertificationReminders(t.database.db, today);
    expect(await remindersOf()).toEqual([["certification.expiring", 30], ["certification.expiring", 7], ["certification.expired", null]]);
    expect((await certificationsOf(rep))[0]).toMatchObject({ state: "expired", daysLeft: 0 });

    // Renewal: the quiz opens again, a pass earns number 2 from today, and the first stays in the history.
    const reopened = (await as(t.app, rep)({ method: "GET", url: `/api/v1/quizzes/${quiz.id}` })).json<Quiz>();
    expect(reopened).toMatchObject({ permissions: { start: true }, progress: { passed: false, attemptsUsed: 0 } });
    await take(rep, quiz.id);
    const current = await certificationsOf(rep);
    expect(current).toMatchObject([{ number: 2, state: "certified", earnedOn: today, current: true }]);
    const history = await certificationsOf(rep, "?history=true");
    expect(history.map((c) => [c.number, c.current])).toEqual([[1, false], [2, true]]);
    const renewal = await t.database.db.selectFrom("events").select("payload").where("type", "=", "certification.earned").where("record_id", "=", current[0]!.id).executeTakeFirstOrThrow();
    expect(JSON.parse(renewal.payload).renewal).toBe(true);
  });

  it("needs a linked session attended in the window when the service asks, in either order", async () => {
    const serviceId = await addService("Security review");
    await requireCertification(serviceId, { attendanceMonths: 6 });
    const { quiz } = await buildQuiz(t.app, ws.members.sales_manager, { title: "Security certification", serviceId, bank: 2, questionsPerAttempt: 2 });
    const rep = await buildMember(t.database.db, ws.id, { roles: ["se"] });
    const attempt = await take(rep, quiz.id);
    expect(attempt.passed).toBe(true);
    expect(await certificationsOf(rep)).toEqual([]);
    await t.database.db.transaction().execute((trx) =>
      recordAttendance(trx, { workspaceId: ws.id, memberId: null }, { memberId: rep.id, serviceIds: [serviceId], occurrenceId: "0192f0c0-0000-7000-8000-00000000beef", at: new Date().toISOString() }),
    );
    expect(await certificationsOf(rep)).toMatchObject([{ service: { id: serviceId }, number: 1 }]);
  });
});
