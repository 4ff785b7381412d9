import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobHandlers } from "#server/kernel/jobs/runtime.ts";
import { JobWorker } from "#server/kernel/jobs/worker.ts";
import type { Attempt, Question } from "#shared/contracts/quizzes.ts";
import { as, buildWorkspace, type TestWorkspace } from "#tests/factories.ts";
import { useTestApp } from "#tests/setup/test-app.ts";
import { answersFor, buildQuiz } from "./quizzes.fixtures.ts";

/** Field names that carry the answer key or the explanations. */
const KEY_FIELDS = new Set(["correct", "correctChoiceIds", "isCorrect", "explanation"]);

/** Every path in a JSON value whose field name carries the key, or whose text is an explanation. */
function keyLeaks(value: unknown, explanations: readonly string[], path = "$"): string[] {
  if (typeof value === "string") return explanations.some((text) => value.includes(text)) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => keyLeaks(item, explanations, `${path}[${index}]`));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) => [...(KEY_FIELDS.has(key) ? [`${path}.${key}`] : []), ...keyLeaks(item, explanations, `${path}.${key}`)]);
  return [];
}

describe("the answer key never reaches a taker before the attempt is closed", () => {
  const t = useTestApp();
  let ws: TestWorkspace;
  const deliveries: string[] = [];
  const receiver = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      deliveries.push(body);
      response.writeHead(200).end();
    });
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", () => resolve()));
    ws = await buildWorkspace(t.database.db);
    await as(t.app, ws.members.admin)({ method: "PATCH", url: "/api/v1/settings", payload: { version: 1, allowPrivateWebhookTargets: true } });
    const hook = await as(t.app, ws.members.admin)({ method: "POST", url: "/api/v1/webhooks", payload: { url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`, eventTypes: ["*"] } });
    expect(hook.statusCode, hook.body).toBe(201);
  });
  afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

  it("in no quiz route, list, search, notification, audit entry or webhook", async () => {
    const { quiz, questions } = await buildQuiz(t.app, ws.members.sales_manager, { title: "Secret keeping", bank: 4, questionsPerAttempt: 3, timeLimitMinutes: 20 });
    const explanations = questions.map((question: Question) => question.explanation);
    const rep = as(t.app, ws.members.rep);
    const attempt = (await rep({ method: "POST", url: `/api/v1/quizzes/${quiz.id}/attempts` })).json<Attempt>();
    const firstQuestion = attempt.questions[0]!;

    // Every quiz route, as the rep sees it while the attempt is open. A route added later must be listed here.
    const calls: Record<string, { payload?: object } | "refused" | "closes the attempt"> = {
      "GET /api/v1/quizzes": {},
      "GET /api/v1/quizzes/:id": {},
      "POST /api/v1/quizzes/:id/attempts": {},
      "GET /api/v1/quizzes/:id/attempts": {},
      "GET /api/v1/quizzes/:id/attempts/:attemptId": {},
      "PUT /api/v1/quizzes/:id/attempts/:attemptId/answers": { payload: { answers: { [firstQuestion.id]: [firstQuestion.choices[0]!.id] } } },
      "POST /api/v1/quizzes/:id/attempts/:attemptId/submit": "closes the attempt",
      "POST /api/v1/quizzes": "refused",
      "PATCH /api/v1/quizzes/:id": "refused",
      "DELETE /api/v1/quizzes/:id": "refused",
      "POST /api/v1/quizzes/:id/publish": "refused",
      "POST /api/v1/quizzes/:id/unpublish": "refused",
      "GET /api/v1/quizzes/:id/questions": "refused",
      "POST /api/v1/quizzes/:id/questions": "refused",
      "PATCH /api/v1/quizzes/:id/questions/:questionId": "refused",
      "DELETE /api/v1/quizzes/:id/questions/:questionId": "refused",
      "GET /api/v1/quizzes/:id/statistics": "refused",
    };
    const quizRoutes = t.app.apiRoutes.filter((route) => route.url.startsWith("/api/v1/quizzes")).map((route) => `${route.method} ${route.url}`);
    expect(quizRoutes.sort()).toEqual(Object.keys(calls).sort());

    const urls = (url: string) => url.replace(":id", quiz.id).replace(":attemptId", attempt.id).replace(":questionId", questions[0]!.id);
    for (const [route, call] of Object.entries(calls)) {
      if (call === "closes the attempt") continue;
      const [method, url] = route.split(" ") as [string, string];
      const response = await rep({ method: method as "GET", url: urls(url), payload: call === "refused" ? {} : call.payload });
      if (call === "refused") {
        expect([400, 403], `${route} answered ${response.statusCode}`).toContain(response.statusCode);
        continue;
      }
      expect(response.statusCode, `${route}: ${response.body}`).toBeLessThan(300);
      expect(keyLeaks(response.json(), explanations), route).toEqual([]);
    }

    for (const url of ["/api/v1/search?q=Explanation", "/api/v1/search?q=right", "/api/v1/notifications"]) {
      const response = await rep({ method: "GET", url });
      expect(response.statusCode, url).toBe(200);
      expect(keyLeaks(response.json(), explanations), url).toEqual([]);
    }

    // After submission the taker sees the key and the explanations of the questions they drew, and only those.
    const submitted = await rep({ method: "POST", url: `/api/v1/quizzes/${quiz.id}/attempts/${attempt.id}/submit`, payload: { answers: answersFor(attempt, questions, true) } });
    expect(submitted.statusCode).toBe(200);
    const result = submitted.json<Attempt>().result!;
    expect(result.questions.map((q) => q.explanation).sort()).toEqual(attempt.questions.map((q) => questions.find((b) => b.id === q.id)!.explanation).sort());

    await new JobWorker({ database: t.database, handlers: jobHandlers(t.app.tandem.env), backoff: () => 0, pollMs: 5 }).drain();
    const quizDeliveries = deliveries.filter((body) => body.includes(quiz.id));
    expect(quizDeliveries.length).toBeGreaterThan(0);
    for (const body of quizDeliveries) expect(keyLeaks(JSON.parse(body), explanations), body.slice(0, 120)).toEqual([]);

    const audit = await as(t.app, ws.members.admin)({ method: "GET", url: "/api/v1/audit?limit=200" });
    expect(audit.json().items.length).toBeGreaterThan(4);
    expect(keyLeaks(audit.json(), explanations), "audit").toEqual([]);
  });

  it("finds a planted key field: the check itself works", () => {
    expect(keyLeaks({ items: [{ choices: [{ id: "a", correct: true }] }] }, [])).toEqual(["$.items[0].choices[0].correct"]);
    expect(keyLeaks({ note: "see Explanation 1: x" }, ["Explanation 1:"])).toEqual(["$.note"]);
  });
});
