import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { contextOf } from "#server/kernel/context.ts";
import { IdParamsSchema } from "#shared/contracts/common.ts";
import {
  AttemptListQuerySchema,
  AttemptPageSchema,
  AttemptParamsSchema,
  AttemptSchema,
  QuizStatisticsSchema,
  SaveAnswersSchema,
  SubmitAttemptSchema,
} from "#shared/contracts/quizzes.ts";
import { TRAINING_MANAGERS } from "#shared/policies/roles.ts";
import * as attempts from "./quizzes.attempts.ts";
import { quizStatistics } from "./quizzes.statistics.ts";

const tags = ["quizzes"];
const DEADLINE_NOTE =
  "An attempt past its deadline by more than 30 s (the grace for clock skew) is scored with the answers saved before it, and the call answers 409 `attempt_past_deadline`.";

export const quizAttemptRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/v1/quizzes/:id/attempts",
    {
      config: { access: "member" },
      schema: {
        operationId: "startQuizAttempt",
        tags,
        summary: "Start an attempt, or resume the one open",
        description:
          "201 with a new attempt: its questions drawn from the bank, questions and choices shuffled, no answer key. 200 with the caller's open attempt if there is one. " +
          "409 `quiz_not_published`, `already_passed`, `no_attempts_left` or `cooling_down` say why not.",
        params: IdParamsSchema,
        response: { 200: AttemptSchema, 201: AttemptSchema },
      },
    },
    async (request, reply) => {
      const { attempt, created } = await attempts.startAttempt(contextOf(request), request.params.id);
      return reply.status(created ? 201 : 200).send(attempt);
    },
  );

  app.get(
    "/v1/quizzes/:id/attempts",
    {
      config: { access: "member" },
      schema: {
        operationId: "listQuizAttempts",
        tags,
        summary: "List attempts at a quiz, newest first",
        description: "Sales managers and PMO leads see everyone's (`memberId` picks one member); everyone else their own.",
        params: IdParamsSchema,
        querystring: AttemptListQuerySchema,
        response: { 200: AttemptPageSchema },
      },
    },
    async (request) => attempts.listAttempts(contextOf(request), request.params.id, request.query),
  );

  app.get(
    "/v1/quizzes/:id/attempts/:attemptId",
    {
      config: { access: "member" },
      schema: {
        operationId: "getQuizAttempt",
        tags,
        summary: "Read an attempt",
        description: "`result`, with the right choices and each explanation, is there once the attempt is closed. Reading an attempt past its deadline closes it.",
        params: AttemptParamsSchema,
        response: { 200: AttemptSchema },
      },
    },
    async (request) => attempts.getAttempt(contextOf(request), request.params.id, request.params.attemptId),
  );

  app.put(
    "/v1/quizzes/:id/attempts/:attemptId/answers",
    {
      config: { access: "member" },
      schema: {
        operationId: "saveQuizAnswers",
        tags,
        summary: "Save answers so far",
        description: `Question id → the chosen choice ids, merged over the answers saved (an empty list clears one). Only the member taking the attempt. ${DEADLINE_NOTE}`,
        params: AttemptParamsSchema,
        body: SaveAnswersSchema,
        response: { 200: AttemptSchema },
      },
    },
    async (request) => attempts.saveAnswers(contextOf(request), request.params.id, request.params.attemptId, request.body.answers),
  );

  app.post(
    "/v1/quizzes/:id/attempts/:attemptId/submit",
    {
      config: { access: "member" },
      schema: {
        operationId: "submitQuizAttempt",
        tags,
        summary: "Submit an attempt and get its score",
        description: `Answers given here are merged over those saved; the score and each question's explanation come back. A second submit is a 409 \`attempt_closed\`. ${DEADLINE_NOTE}`,
        params: AttemptParamsSchema,
        body: SubmitAttemptSchema,
        response: { 200: AttemptSchema },
      },
    },
    async (request) => attempts.submitAttempt(contextOf(request), request.params.id, request.params.attemptId, request.body.answers),
  );

  app.get(
    "/v1/quizzes/:id/statistics",
    {
      config: { access: TRAINING_MANAGERS },
      schema: {
        operationId: "getQuizStatistics",
        tags,
        summary: "How each question fared",
        description: "Per question of the bank, from closed attempts: how often it was drawn and answered, the share answered correctly, and how often each choice was picked.",
        params: IdParamsSchema,
        response: { 200: QuizStatisticsSchema },
      },
    },
    async (request) => quizStatistics(contextOf(request), request.params.id),
  );
};
