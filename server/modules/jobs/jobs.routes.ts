import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { contextOf } from "#server/kernel/context.ts";
import { IdParamsSchema } from "#shared/contracts/common.ts";
import { JobListQuerySchema, JobPageSchema, JobSchema } from "#shared/contracts/jobs.ts";
import * as jobs from "./jobs.service.ts";

const tags = ["jobs"];

export const jobRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/v1/jobs",
    {
      config: { access: ["admin"] },
      schema: {
        operationId: "listJobs",
        tags,
        summary: "List the workspace's background jobs, newest first",
        description: "Filter by `status` and `kind`. System jobs that belong to no workspace are not listed.",
        querystring: JobListQuerySchema,
        response: { 200: JobPageSchema },
      },
    },
    async (request) => jobs.listJobs(contextOf(request), request.query),
  );

  app.get(
    "/v1/jobs/:id",
    { config: { access: ["admin"] }, schema: { operationId: "getJob", tags, summary: "One job, with its last error", params: IdParamsSchema, response: { 200: JobSchema } } },
    async (request) => jobs.getJob(contextOf(request), request.params.id),
  );

  app.post(
    "/v1/jobs/:id/retry",
    {
      config: { access: ["admin"] },
      schema: {
        operationId: "retryJob",
        tags,
        summary: "Run a failed or dead job again now",
        description: "The job is queued, due now, with its full number of attempts. Other states are a 409.",
        params: IdParamsSchema,
        response: { 200: JobSchema },
      },
    },
    async (request) => jobs.retryJob(contextOf(request), request.params.id),
  );

  app.post(
    "/v1/jobs/:id/discard",
    {
      config: { access: ["admin"] },
      schema: {
        operationId: "discardJob",
        tags,
        summary: "Give up a queued, failed or dead job",
        description: "The job stays on record with status `discarded` and never runs. A running or finished job is a 409.",
        params: IdParamsSchema,
        response: { 200: JobSchema },
      },
    },
    async (request) => jobs.discardJob(contextOf(request), request.params.id),
  );
};
