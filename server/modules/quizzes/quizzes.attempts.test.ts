import { beforeAll, describe, expect, it } from "vitest";
import { jobHandlers } from "#server/kernel/jobs/runtime.ts";
import { enqueueJob } from "#server/kernel/jobs/queue.ts";
import { JobWorker } from "#server/kernel/jobs/worker.ts";
import type { Attempt, Quiz } from "#shared/contracts/quizzes.ts";
import { as, buildMember, buildWorkspace, type TestMember, type TestWorkspace } from "#tests/factories.ts";
import { useTestApp } from "#tests/setup/test-app.ts";
import { answersFor, buildQuiz } from "./quizzes.fixtures.ts";
import { CLOSE_OVERDUE_ATTEMPTS_JOB } from "./quizzes.jobs.ts";

describe("taking quizzes", () => {
  const t = useTestApp();
  let ws: TestWorkspace;

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
  });

  const start = (member: TestMember, quizId: string) => as(t.app, member)({ method: "POST", url: `/api/v1/quizzes/${quizId}/attempts` });
  const submit = (member: TestMember, attempt: Pick<Attempt, "id" | "quizId">, answers: Record<string, string[]> = {}) =>
    as(t.app, member)({ method: "POST", url: `/api/v1/quizzes/${attempt.quizId}/attempts/${attempt.id}/submit`, payload: { answers } });
  /** Moves an attempt's deadline into the past, as if its time ran out `seconds` ago. */
  const expire = (attemptId: string, seconds: number) =>
    t.database.db.updateTable("quiz_attempts").set({ deadline_at: new Date(Date.now() - seconds * 1000).toISOString() }).where("id", "=", attemptId).execute();

  it("draws N questions without the key, resumes the open attempt, scores a submission with explanations", async () => {
    const { quiz, questions } = await buildQuiz(t.app, ws.members.sales_manager, { title: "Scoring", bank: 6, questionsPerAttempt: 4, passMark: 75 });
    const rep = await buildMember(t.database.db, ws.id, { roles: ["rep"] });
    const first = await start(rep, quiz.id);
    expect(first.statusCode, first.body).toBe(201);
    const attempt = first.json<Attempt>();
    expect(attempt).toMatchObject({ number: 1, status: "in_progress", questionCount: 4, timed: false, result: null, permissions: { answer: true, submit: true } });
    expect(new Set(attempt.questions.map((q) => q.id)).size).toBe(4);
    expect(first.body).not.toMatch(/"correct|explanation/i);

    const again = await start(rep, quiz.id);
    expect(again.statusCode).toBe(200);
    expect(again.json<Attempt>().questions).toEqual(attempt.questions);

    // Three right, one wrong: 75 % meets a pass mark of 75.
    const right = answersFor(attempt, questions, true);
    const wrong = answersFor(attempt, questions, false);
    const [lastId] = attempt.questions.slice(-1).map((q) => q.id);
    const saved = await as(t.app, rep)({ method: "PUT", url: `/api/v1/quizzes/${quiz.id}/attempts/${attempt.id}/answers`, payload: { answers: { ...right, [lastId!]: wrong[lastId!]! } } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.body).not.toMatch(/"correct|explanation/i);
    const done = await submit(rep, attempt);
    expect(done.statusCode, done.body).toBe(200);
    const result = done.json<Attempt>();
    expect(result).toMatchObject({ status: "submitted", score: 75, passed: true, result: { correctCount: 3 } });
    expect(result.result!.questions.map((q) => q.isCorrect)).toEqual([true, true, true, false]);
    expect(result.result!.questions[0]!.explanation).toMatch(/^Explanation \d: /);

    const twice = await submit(rep, attempt);
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: "attempt_closed" });
    const passed = await start(rep, quiz.id);
    expect(passed.statusCode).toBe(409);
    expect(passed.json()).toMatchObject({ code: "already_passed" });
    const read = await as(t.app, rep)({ method: "GET", url: `/api/v1/quizzes/${quiz.id}` });
    expect(read.json<Quiz>().progress).toMatchObject({ passed: true, bestScore: 75, openAttemptId: null });
    expect(read.json<Quiz>().permissions.start).toBe(false);
  });

  it("limits attempts and spaces them by the cool-down", async () => {
    const { quiz, questions } = await buildQuiz(t.app, ws.members.sales_manager, { title: "Limits", bank: 2, questionsPerAttempt: 2, maxAttempts: 2, cooldownMinutes: 30 });
    const rep = await buildMember(t.database.db, ws.id, { roles: ["rep"] });
    const attempt = (await start(rep, quiz.id)).json<Attempt>();
    expect((await submit(rep, attempt, answersFor(attempt, questions, false))).json()).toMatchObject({ score: 0, passed: false });

    const cooling = await start(rep, quiz.id);
    expect(cooling.statusCode).toBe(409);
    expect(cooling.json()).toMatchObject({ code: "cooling_down" });
    const progress = (await as(t.app, rep)({ method: "GET", url: `/api/v1/quizzes/${quiz.id}` })).json<Quiz>().progress;
    expect(progress).toMatchObject({ attemptsUsed: 1, attemptsLeft: 1 });
    expect(Date.parse(progress.nextAttemptAt!) - Date.now()).toBeGreaterThan(29 * 60_000);

    await t.database.db.updateTable("quiz_attempts").set({ closed_at: new Date(Date.now() - 31 * 60_000).toISOString() }).where("id", "=", attempt.id).execute();
    const second = (await start(rep, quiz.id)).json<Attempt>();
    expect(second.number).toBe(2);
    await submit(rep, second);
    await t.database.db.updateTable("quiz_attempts").set({ closed_at: new Date(Date.now() - 31 * 60_000).toISOString() }).where("id", "=", second.id).execute();
    const none = await start(rep, quiz.id);
    expect(none.statusCode).toBe(409);
    expect(none.json()).toMatchObject({ code: "no_attempts_left" });
    const attempts = await t.database.db.selectFrom("quiz_attempts").select("number").where("member_id", "=", rep.id).execute();
    expect(attempts).toHaveLength(2);
  });

  it("enforces the time limit on the server: within the grace it counts, past it the saved answers are scored", async () => {
    const { quiz, questions } = await buildQuiz(t.app, ws.members.sales_manager, { title: "Timed", bank: 2, questionsPerAttempt: 2, timeLimitMinutes: 10, passMark: 50 });
    const rep = await buildMember(t.database.db, ws.id, { roles: ["rep"] });
    const attempt = (await start(rep, quiz.id)).json<Attempt>();
    expect(attempt.timed).toBe(true);
    expect(Date.parse(attempt.deadlineAt) - Date.parse(attempt.startedAt)).toBe(10 * 60_000);
    const right = answersFor(attempt, questions, true);
    const [firstId, secondId] = attempt.questions.map((q) => q.id);
    await as(t.app, rep)({ method: "PUT", url: `/api/v1/quizzes/${quiz.id}/attempts/${attempt.id}/answers`, payload: { answers: { [firstId!]: right[firstId!]! } } });

    await expire(attempt.id, 40);
    const late = await submit(rep, attempt, right);
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: "attempt_past_deadline" });
    const scored = (await as(t.app, rep)({ method: "GET", url: `/api/v1/quizzes/${quiz.id}/attempts/${attempt.id}` })).json<Attempt>();
    // Only the first answer was saved in time: one of two.
    expect(scored).toMatchObject({ status: "expired", score: 50, passed: true, answers: { [firstId!]: right[firstId!] } });
    expect(scored.answers[secondId!]).toBeUndefined();

    // Inside the grace the submission still counts.
    const other = await buildMember(t.database.db, ws.id, { roles: ["se"] });
    const inGrace = (await start(other, quiz.id)).json<Attempt>();
    await expire(inGrace.id, 10);
    const counted = await submit(other, inGrace, answersFor(inGrace, questions, true));
    expect(counted.statusCode, counted.body).toBe(200);
    expect(counted.json()).toMatchObject({ status: "submitted", score: 100 });
  });

  it("closes abandoned attempts in a job, scored as they stood, and tells webhooks without the key", async () => {
    const { quiz } = await buildQuiz(t.app, ws.members.sales_manager, { title: "Abandoned", bank: 2, questionsPerAttempt: 2, timeLimitMinutes: 5 });
    const rep = await buildMember(t.database.db, ws.id, { roles: ["rep"] });
    const attempt = (await start(rep, quiz.id)).json<Attempt>();
    await expire(attempt.id, 60);
    await enqueueJob(t.database.db, { kind: CLOSE_OVERDUE_ATTEMPTS_JOB, payload: {} });
    await new JobWorker({ database: t.database, handlers: jobHandlers(t.app.tandem.env), backoff: () => 0, pollMs: 5 }).drain();
    const row = await t.database.db.selectFrom("quiz_attempts").select(["status", "score", "passed"]).where("id", "=", attempt.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: "expired", score: 0, passed: 0 });
    const events = await t.database.db.selectFrom("events").select(["payload", "actor_member_id"]).where("record_id", "=", attempt.id).execute();
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0]!.payload)).toMatchObject({ closedBy: "deadline", attempt: { id: attempt.id, status: "expired", member: { id: rep.id } }, quiz: { id: quiz.id } });
    expect(events[0]!.payload).not.toMatch(/correct|explanation|Right \d/i);
    expect(events[0]!.actor_member_id).toBeNull();
  });

  it("refuses answers that name choices of another question, attempts of others, and a race to start", async () => {
    const { quiz, questions } = await buildQuiz(t.app, ws.members.sales_manager, { title: "Strict", bank: 3, questionsPerAttempt: 2 });
    const rep = await buildMember(t.database.db, ws.id, { roles: ["rep"] });
    const attempt = (await start(rep, quiz.id)).json<Attempt>();
    const [a, b] = attempt.questions;
    const foreignChoice = b!.choices[0]!.id;
    const mixed = await as(t.app, rep)({ method: "PUT", url: `/api/v1/quizzes/${quiz.id}/attempts/${attempt.id}/answers`, payload: { answers: { [a!.id]: [foreignChoice] } } });
    expect(mixed.statusCode).toBe(422);
    expect(mixed.json()).toMatchObject({ code: "invalid_answers", errors: [{ path: `body.answers.${a!.id}` }] });
    const undrawn = questions.find((q) => !attempt.questions.some((drawn) => drawn.id === q.id))!;
    const notInAttempt = await submit(rep, attempt, { [undrawn.id]: [undrawn.choices[0]!.id] });
    expect(notInAttempt.statusCode).toBe(422);
    expect((await t.database.db.selectFrom("quiz_attempts").select("status").where("id", "=", attempt.id).executeTakeFirstOrThrow()).status).toBe("in_progress");
    const notAnId = await as(t.app, rep)({ method: "PUT", url: `/api/v1/quizzes/${quiz.id}/attempts/${attempt.id}/answers`, payload: { answers: { [a!.id]: "x" } } });
    expect(notAnId.statusCode).toBe(400);

    const intruder = await buildMember(t.database.db, ws.id, { roles: ["rep"] });
    expect((await submit(intruder, attempt)).statusCode).toBe(404);
    expect((await as(t.app, intruder)({ method: "GET", url: `/api/v1/quizzes/${quiz.id}/attempts/${attempt.id}` })).statusCode).toBe(404);
    expect((await as(t.app, intruder)({ method: "GET", url: `/api/v1/quizzes/${quiz.id}/attempts?memberId=${rep.id}` })).json().items).toEqual([]);
    const manager = await as(t.app, ws.members.sales_manager)({ method: "GET", url: `/api/v1/quizzes/${quiz.id}/attempts/${attempt.id}` });
    expect(manager.json<Attempt>().permissions).toEqual({ answer: false, submit: false });
    const byManager = await submit(ws.members.sales_manager, attempt);
    expect(byManager.statusCode).toBe(403);
    const listed = await as(t.app, ws.members.sales_manager)({ method: "GET", url: `/api/v1/quizzes/${quiz.id}/attempts?memberId=${rep.id}` });
    expect(listed.json().items.map((item: { id: string }) => item.id)).toEqual([attempt.id]);

    const racer = await buildMember(t.database.db, ws.id, { roles: ["se"] });
    const both = await Promise.all([start(racer, quiz.id), start(racer, quiz.id)]);
    expect(both.map((response) => response.statusCode).sort()).toEqual([200, 201]);
    expect(new Set(both.map((response) => response.json<Attempt>().id)).size).toBe(1);
  });

  it("counts per question how often it was drawn, answered right and each choice picked", async () => {
    const { quiz, questions } = await buildQuiz(t.app, ws.members.pmo, { title: "Statistics", bank: 2, questionsPerAttempt: 2 });
    for (const right of [true, false, true]) {
      const member = await buildMember(t.database.db, ws.id, { roles: ["rep"] });
      const attempt = (await start(member, quiz.id)).json<Attempt>();
      await submit(member, attempt, answersFor(attempt, questions, right));
    }
    expect((await as(t.app, ws.members.rep)({ method: "GET", url: `/api/v1/quizzes/${quiz.id}/statistics` })).statusCode).toBe(403);
    const stats = (await as(t.app, ws.members.sales_manager)({ method: "GET", url: `/api/v1/quizzes/${quiz.id}/statistics` })).json();
    expect(stats.closedAttempts).toBe(3);
    const first = stats.questions.find((q: { questionId: string }) => q.questionId === questions[0]!.id);
    expect(first).toMatchObject({ drawn: 3, answered: 3 });
    expect(first.correctShare).toBeCloseTo(2 / 3);
    const picks = Object.fromEntries(first.choices.map((c: { text: string; picks: number }) => [c.text, c.picks]));
    expect(picks).toEqual({ "Right 1": 2, "Wrong 1a": 1, "Wrong 1b": 0 });
  });
});
