import { beforeAll, describe, expect, it } from "vitest";
import type { Question, Quiz } from "#shared/contracts/quizzes.ts";
import { as, buildWorkspace, type TestWorkspace } from "#tests/factories.ts";
import { useTestApp } from "#tests/setup/test-app.ts";
import { buildQuiz, sampleQuestion } from "./quizzes.fixtures.ts";

describe("building quizzes", () => {
  const t = useTestApp();
  let ws: TestWorkspace;
  let serviceId: string;

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
    const service = await as(t.app, ws.members.pmo)({ method: "POST", url: "/api/v1/services", payload: { name: "Cloud migration", summary: "Move to the cloud.", durationMinWeeks: 6, durationMaxWeeks: 16, leadTimeWeeks: 4, currency: "EUR" } });
    expect(service.statusCode, service.body).toBe(201);
    serviceId = service.json().id;
  });

  it("creates a quiz in draft with sensible defaults, hidden from takers until published", async () => {
    const created = await as(t.app, ws.members.sales_manager)({ method: "POST", url: "/api/v1/quizzes", payload: { title: "Onboarding check" } });
    expect(created.statusCode, created.body).toBe(201);
    const quiz = created.json<Quiz>();
    expect(quiz).toMatchObject({ status: "draft", passMark: 80, questionsPerAttempt: 10, maxAttempts: 3, cooldownMinutes: 60, timeLimitMinutes: null, bankSize: 0, service: null });
    expect(quiz.permissions).toMatchObject({ update: true, publish: false, start: false });
    expect((await as(t.app, ws.members.rep)({ method: "GET", url: `/api/v1/quizzes/${quiz.id}` })).statusCode).toBe(404);
    const listed = await as(t.app, ws.members.rep)({ method: "GET", url: "/api/v1/quizzes" });
    expect(listed.json<{ items: Quiz[] }>().items.map((q) => q.id)).not.toContain(quiz.id);
    const drafts = await as(t.app, ws.members.rep)({ method: "GET", url: "/api/v1/quizzes?status=draft" });
    expect(drafts.json()).toEqual({ items: [], nextCursor: null });
    const publish = await as(t.app, ws.members.sales_manager)({ method: "POST", url: `/api/v1/quizzes/${quiz.id}/publish`, payload: { version: quiz.version } });
    expect(publish.statusCode).toBe(409);
    expect(publish.json()).toMatchObject({ code: "bank_too_small" });
  });

  it("publishes a quiz once the bank can fill an attempt, and keeps the bank from shrinking below it", async () => {
    const { quiz, questions } = await buildQuiz(t.app, ws.members.pmo, { title: "Cloud migration certification", serviceId, bank: 3, questionsPerAttempt: 3 });
    expect(quiz).toMatchObject({ status: "published", bankSize: 3, service: { id: serviceId, name: "Cloud migration" } });
    const seen = await as(t.app, ws.members.rep)({ method: "GET", url: `/api/v1/quizzes?serviceId=${serviceId}` });
    expect(seen.json<{ items: Quiz[] }>().items).toMatchObject([{ id: quiz.id, permissions: { start: true, update: false }, progress: { attemptsUsed: 0, attemptsLeft: 3, passed: false } }]);
    const removal = await as(t.app, ws.members.pmo)({ method: "DELETE", url: `/api/v1/quizzes/${quiz.id}/questions/${questions[0]!.id}` });
    expect(removal.statusCode).toBe(409);
    expect(removal.json()).toMatchObject({ code: "bank_too_small" });
    const more = await as(t.app, ws.members.pmo)({ method: "PATCH", url: `/api/v1/quizzes/${quiz.id}`, payload: { version: quiz.version, questionsPerAttempt: 4 } });
    expect(more.statusCode).toBe(409);
    expect(more.json()).toMatchObject({ code: "bank_too_small", errors: [{ path: "body.questionsPerAttempt" }] });
    const second = await as(t.app, ws.members.sales_manager)({ method: "POST", url: "/api/v1/quizzes", payload: { title: "Another for the same service", serviceId } });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: "service_has_quiz", errors: [{ path: "body.serviceId" }] });
  });

  it("keeps the answer key for builders, edits questions keeping choice ids, and audits without the key", async () => {
    const { quiz, questions } = await buildQuiz(t.app, ws.members.sales_manager, { title: "Key keeping", bank: 2, publish: false });
    const bank = await as(t.app, ws.members.pmo)({ method: "GET", url: `/api/v1/quizzes/${quiz.id}/questions` });
    expect(bank.json<{ items: Question[] }>().items.map((q) => q.choices.filter((c) => c.correct).length)).toEqual([1, 1]);
    expect((await as(t.app, ws.members.rep)({ method: "GET", url: `/api/v1/quizzes/${quiz.id}/questions` })).statusCode).toBe(403);

    const question = questions[0]!;
    const [right, wrong] = question.choices;
    const changed = await as(t.app, ws.members.sales_manager)({
      method: "PATCH",
      url: `/api/v1/quizzes/${quiz.id}/questions/${question.id}`,
      payload: { version: 1, kind: "multiple", choices: [{ id: right!.id, text: right!.text, correct: true }, { id: wrong!.id, text: "Now right too", correct: true }, { text: "A new wrong one", correct: false }] },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const after = changed.json<Question>();
    expect(after.choices.slice(0, 2).map((c) => c.id)).toEqual([right!.id, wrong!.id]);
    expect(after).toMatchObject({ kind: "multiple", version: 2 });

    const stale = await as(t.app, ws.members.sales_manager)({ method: "PATCH", url: `/api/v1/quizzes/${quiz.id}/questions/${question.id}`, payload: { version: 1, prompt: "Late." } });
    expect(stale.statusCode).toBe(409);
    const stranger = await as(t.app, ws.members.sales_manager)({
      method: "PATCH",
      url: `/api/v1/quizzes/${quiz.id}/questions/${question.id}`,
      payload: { version: 2, kind: "single", choices: [{ id: questions[1]!.choices[0]!.id, text: "Borrowed", correct: true }, { text: "Other", correct: false }] },
    });
    expect(stranger.statusCode).toBe(422);
    expect(stranger.json()).toMatchObject({ code: "unknown_choice", errors: [{ path: "body.choices" }] });

    const audit = await t.database.db.selectFrom("audit_entries").select(["action", "before", "after"]).where("record_id", "=", question.id).orderBy("at").execute();
    expect(audit.map((entry) => entry.action)).toEqual(["create", "update"]);
    for (const entry of audit) expect(`${entry.before} ${entry.after}`).not.toMatch(/correct|Explanation/);
  });

  it("refuses bad questions and settings by field", async () => {
    const { quiz } = await buildQuiz(t.app, ws.members.sales_manager, { title: "Bad input", bank: 1, publish: false });
    const post = (payload: object) => as(t.app, ws.members.sales_manager)({ method: "POST", url: `/api/v1/quizzes/${quiz.id}/questions`, payload });
    const cases: [object, string][] = [
      [{ ...sampleQuestion(1), choices: [{ text: "A", correct: true }, { text: "B", correct: true }] }, "body.choices"],
      [{ ...sampleQuestion(1), kind: "multiple", choices: [{ text: "A", correct: false }, { text: "B", correct: false }] }, "body.choices"],
      [{ ...sampleQuestion(1), choices: [{ text: "Same", correct: true }, { text: "same", correct: false }] }, "body.choices"],
      [{ ...sampleQuestion(1), choices: [{ text: "Only", correct: true }] }, "body.choices"],
      [{ ...sampleQuestion(1), explanation: "" }, "body.explanation"],
      [{ ...sampleQuestion(1), kind: "true_false" }, "body.kind"],
      [{ ...sampleQuestion(1), correctChoice: 1 }, "body.correctChoice"],
    ];
    for (const [payload, path] of cases) {
      const response = await post(payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    const halfChange = await as(t.app, ws.members.sales_manager)({ method: "PATCH", url: `/api/v1/quizzes/${quiz.id}/questions/${quiz.id}`, payload: { version: 1, kind: "single" } });
    expect(halfChange.statusCode).toBe(400);
    const settings: [object, string][] = [
      [{ title: "X", passMark: 0 }, "body.passMark"],
      [{ title: "X", passMark: 101 }, "body.passMark"],
      [{ title: "X", questionsPerAttempt: 0 }, "body.questionsPerAttempt"],
      [{ title: "X", timeLimitMinutes: 0.5 }, "body.timeLimitMinutes"],
      [{ title: "X", cooldownMinutes: -1 }, "body.cooldownMinutes"],
      [{ title: " " }, "body.title"],
    ];
    for (const [payload, path] of settings) {
      const response = await as(t.app, ws.members.sales_manager)({ method: "POST", url: "/api/v1/quizzes", payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    const unknown = await as(t.app, ws.members.sales_manager)({ method: "POST", url: "/api/v1/quizzes", payload: { title: "X", serviceId: quiz.id } });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({ code: "unknown_service", errors: [{ path: "body.serviceId" }] });
    const count = await t.database.db.selectFrom("quizzes").select((eb) => eb.fn.countAll().as("n")).where("workspace_id", "=", ws.id).where("title", "=", "X").executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it("deletes a quiz nobody took, with its bank; a taken one only unpublishes", async () => {
    const untouched = await buildQuiz(t.app, ws.members.sales_manager, { title: "Throwaway", bank: 1, publish: false });
    expect((await as(t.app, ws.members.sales_manager)({ method: "DELETE", url: `/api/v1/quizzes/${untouched.quiz.id}` })).statusCode).toBe(204);
    const left = await t.database.db.selectFrom("quiz_questions").select("id").where("quiz_id", "=", untouched.quiz.id).execute();
    expect(left).toEqual([]);

    const { quiz } = await buildQuiz(t.app, ws.members.sales_manager, { title: "Taken", bank: 1 });
    expect((await as(t.app, ws.members.rep)({ method: "POST", url: `/api/v1/quizzes/${quiz.id}/attempts` })).statusCode).toBe(201);
    const refused = await as(t.app, ws.members.sales_manager)({ method: "DELETE", url: `/api/v1/quizzes/${quiz.id}` });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: "quiz_has_attempts" });
    const unpublished = await as(t.app, ws.members.sales_manager)({ method: "POST", url: `/api/v1/quizzes/${quiz.id}/unpublish`, payload: { version: quiz.version } });
    expect(unpublished.json()).toMatchObject({ status: "draft" });
    const start = await as(t.app, ws.members.se)({ method: "POST", url: `/api/v1/quizzes/${quiz.id}/attempts` });
    expect(start.statusCode).toBe(404);
  });
});
