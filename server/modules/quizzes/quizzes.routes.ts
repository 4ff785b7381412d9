import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { contextOf } from "#server/kernel/context.ts";
import { IdParamsSchema, VersionSchema } from "#shared/contracts/common.ts";
import {
  CreateQuestionSchema,
  CreateQuizSchema,
  QuestionListSchema,
  QuestionParamsSchema,
  QuestionSchema,
  QuizListQuerySchema,
  QuizPageSchema,
  QuizSchema,
  UpdateQuestionSchema,
  UpdateQuizSchema,
} from "#shared/contracts/quizzes.ts";
import { TRAINING_MANAGERS } from "#shared/policies/roles.ts";
import * as questions from "./quizzes.questions.ts";
import * as quizzes from "./quizzes.service.ts";

const tags = ["quizzes"];
const VersionBodySchema = z.strictObject({ version: VersionSchema });

/** Quizzes and their question banks; attempts are in quizzes.attempts.routes.ts. */
export const quizRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/v1/quizzes",
    {
      config: { access: "member" },
      schema: {
        operationId: "listQuizzes",
        tags,
        summary: "List quizzes, each with the caller's progress",
        description: "Sales managers and PMO leads see drafts too; everyone else the published quizzes. Never includes questions.",
        querystring: QuizListQuerySchema,
        response: { 200: QuizPageSchema },
      },
    },
    async (request) => quizzes.listQuizzes(contextOf(request), request.query),
  );

  app.get(
    "/v1/quizzes/:id",
    {
      config: { access: "member" },
      schema: { operationId: "getQuiz", tags, summary: "Read a quiz's settings and the caller's progress", params: IdParamsSchema, response: { 200: QuizSchema } },
    },
    async (request) => quizzes.getQuiz(contextOf(request), request.params.id),
  );

  app.post(
    "/v1/quizzes",
    {
      config: { access: TRAINING_MANAGERS },
      schema: {
        operationId: "createQuiz",
        tags,
        summary: "Create a quiz (in draft)",
        description: "Give `serviceId` for the quiz that certifies a service (one per service), or leave it out for a stand-alone quiz.",
        body: CreateQuizSchema,
        response: { 201: QuizSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await quizzes.createQuiz(contextOf(request), request.body)),
  );

  app.patch(
    "/v1/quizzes/:id",
    {
      config: { access: TRAINING_MANAGERS },
      schema: {
        operationId: "updateQuiz",
        tags,
        summary: "Change a quiz's settings",
        description: "Send only the fields to change, with the `version` you read. Attempts already started keep the pass mark they began with.",
        params: IdParamsSchema,
        body: UpdateQuizSchema,
        response: { 200: QuizSchema },
      },
    },
    async (request) => quizzes.updateQuiz(contextOf(request), request.params.id, request.body),
  );

  app.post(
    "/v1/quizzes/:id/publish",
    {
      config: { access: TRAINING_MANAGERS },
      schema: {
        operationId: "publishQuiz",
        tags,
        summary: "Open a quiz to every member",
        description: "Needs at least as many questions in the bank as an attempt draws (409 `bank_too_small`).",
        params: IdParamsSchema,
        body: VersionBodySchema,
        response: { 200: QuizSchema },
      },
    },
    async (request) => quizzes.setQuizStatus(contextOf(request), request.params.id, "published", request.body.version),
  );

  app.post(
    "/v1/quizzes/:id/unpublish",
    {
      config: { access: TRAINING_MANAGERS },
      schema: {
        operationId: "unpublishQuiz",
        tags,
        summary: "Take a quiz back to draft",
        description: "No new attempts start; open ones can still be finished.",
        params: IdParamsSchema,
        body: VersionBodySchema,
        response: { 200: QuizSchema },
      },
    },
    async (request) => quizzes.setQuizStatus(contextOf(request), request.params.id, "draft", request.body.version),
  );

  app.delete(
    "/v1/quizzes/:id",
    {
      config: { access: TRAINING_MANAGERS },
      schema: {
        operationId: "deleteQuiz",
        tags,
        summary: "Delete a quiz nobody has taken",
        description: "A quiz with attempts keeps them: unpublish it instead (409 `quiz_has_attempts`).",
        params: IdParamsSchema,
        response: { 204: z.null().describe("Deleted.") },
      },
    },
    async (request, reply) => {
      await quizzes.deleteQuiz(contextOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/v1/quizzes/:id/questions",
    {
      config: { access: TRAINING_MANAGERS },
      schema: {
        operationId: "listQuizQuestions",
        tags,
        summary: "Read the question bank, with the answer key",
        description: "Only for those who build quizzes; takers see questions only in their own attempt, without the key.",
        params: IdParamsSchema,
        response: { 200: QuestionListSchema },
      },
    },
    async (request) => questions.listQuestions(contextOf(request), request.params.id),
  );

  app.post(
    "/v1/quizzes/:id/questions",
    {
      config: { access: TRAINING_MANAGERS },
      schema: {
        operationId: "createQuizQuestion",
        tags,
        summary: "Add a question to the bank",
        description: "Single choice: exactly one correct choice; multiple choice: at least one. 2 to 8 choices, each with its text once.",
        params: IdParamsSchema,
        body: CreateQuestionSchema,
        response: { 201: QuestionSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await questions.createQuestion(contextOf(request), request.params.id, request.body)),
  );

  app.patch(
    "/v1/quizzes/:id/questions/:questionId",
    {
      config: { access: TRAINING_MANAGERS },
      schema: {
        operationId: "updateQuizQuestion",
        tags,
        summary: "Change a question",
        description: "Send `kind` and `choices` together; keep a choice's `id` to keep its statistics. Attempts already started keep the question as they drew it.",
        params: QuestionParamsSchema,
        body: UpdateQuestionSchema,
        response: { 200: QuestionSchema },
      },
    },
    async (request) => questions.updateQuestion(contextOf(request), request.params.id, request.params.questionId, request.body),
  );

  app.delete(
    "/v1/quizzes/:id/questions/:questionId",
    {
      config: { access: TRAINING_MANAGERS },
      schema: {
        operationId: "deleteQuizQuestion",
        tags,
        summary: "Remove a question from the bank",
        description: "A published quiz keeps at least as many questions as an attempt draws (409 `bank_too_small`).",
        params: QuestionParamsSchema,
        response: { 204: z.null().describe("Removed.") },
      },
    },
    async (request, reply) => {
      await questions.deleteQuestion(contextOf(request), request.params.id, request.params.questionId);
      return reply.status(204).send(null);
    },
  );
};
