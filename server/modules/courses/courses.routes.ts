import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { contextOf } from "#server/kernel/context.ts";
import { IdParamsSchema } from "#shared/contracts/common.ts";
import {
  CourseListQuerySchema,
  CoursePageSchema,
  CourseSchema,
  CreateCourseSchema,
  CreateEnrollmentsSchema,
  CreatedEnrollmentsSchema,
  EnrollmentListQuerySchema,
  EnrollmentPageSchema,
  EnrollmentSchema,
  ModuleParamsSchema,
  UpdateCourseSchema,
} from "#shared/contracts/courses.ts";
import { TRAINING_MANAGERS } from "#shared/policies/roles.ts";
import * as enrollments from "./courses.enrollments.ts";
import * as courses from "./courses.service.ts";

const tags = ["courses"];

export const courseRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/v1/courses",
    { config: { access: "member" }, schema: { operationId: "listCourses", tags, summary: "List courses", description: "Sales managers and PMO leads see drafts too.", querystring: CourseListQuerySchema, response: { 200: CoursePageSchema } } },
    async (request) => courses.listCourses(contextOf(request), request.query),
  );
  app.get(
    "/v1/courses/:id",
    { config: { access: "member" }, schema: { operationId: "getCourse", tags, summary: "Read a course and its modules", params: IdParamsSchema, response: { 200: CourseSchema } } },
    async (request) => courses.getCourse(contextOf(request), request.params.id),
  );
  app.post(
    "/v1/courses",
    {
      config: { access: TRAINING_MANAGERS },
      schema: {
        operationId: "createCourse",
        tags,
        summary: "Create a course",
        description: "Modules in order: `cheat_sheet` (done when its current version is acknowledged), `quiz` (done when passed), `link` (done when opened and confirmed). `onboarding: true` makes it the course a new rep or SE is enrolled in.",
        body: CreateCourseSchema,
        response: { 201: CourseSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await courses.createCourse(contextOf(request), request.body)),
  );
  app.patch(
    "/v1/courses/:id",
    {
      config: { access: TRAINING_MANAGERS },
      schema: { operationId: "updateCourse", tags, summary: "Change a course", description: "`modules` replaces the list; keep a module's `id` to keep what members confirmed.", params: IdParamsSchema, body: UpdateCourseSchema, response: { 200: CourseSchema } },
    },
    async (request) => courses.updateCourse(contextOf(request), request.params.id, request.body),
  );
  app.delete(
    "/v1/courses/:id",
    {
      config: { access: TRAINING_MANAGERS },
      schema: { operationId: "deleteCourse", tags, summary: "Delete a course nobody is enrolled in", params: IdParamsSchema, response: { 204: z.null().describe("Deleted.") } },
    },
    async (request, reply) => {
      await courses.deleteCourse(contextOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/v1/enrollments",
    {
      config: { access: "member" },
      schema: {
        operationId: "listEnrollments",
        tags,
        summary: "List enrollments with each module's progress",
        description: "Sales managers, PMO leads and admins see everyone's; everyone else their own. `state`: not_started, in_progress, completed, overdue.",
        querystring: EnrollmentListQuerySchema,
        response: { 200: EnrollmentPageSchema },
      },
    },
    async (request) => enrollments.listEnrollments(contextOf(request), request.query),
  );
  app.get(
    "/v1/enrollments/:id",
    { config: { access: "member" }, schema: { operationId: "getEnrollment", tags, summary: "Read an enrollment", params: IdParamsSchema, response: { 200: EnrollmentSchema } } },
    async (request) => enrollments.getEnrollment(contextOf(request), request.params.id),
  );
  app.post(
    "/v1/enrollments",
    {
      config: { access: TRAINING_MANAGERS },
      schema: {
        operationId: "createEnrollments",
        tags,
        summary: "Enroll members, or everyone holding a role, in a published course",
        description: "Members already enrolled are left as they are and counted in `alreadyEnrolled`.",
        body: CreateEnrollmentsSchema,
        response: { 201: CreatedEnrollmentsSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await enrollments.createEnrollments(contextOf(request), request.body)),
  );
  app.delete(
    "/v1/enrollments/:id",
    { config: { access: TRAINING_MANAGERS }, schema: { operationId: "withdrawEnrollment", tags, summary: "Withdraw an enrollment", params: IdParamsSchema, response: { 204: z.null().describe("Withdrawn.") } } },
    async (request, reply) => {
      await enrollments.withdrawEnrollment(contextOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
  app.post(
    "/v1/enrollments/:id/modules/:moduleId/confirm",
    {
      config: { access: "member" },
      schema: { operationId: "confirmEnrollmentModule", tags, summary: "Confirm a link module as opened and read", description: "Only the enrolled member, only link modules.", params: ModuleParamsSchema, response: { 200: EnrollmentSchema } },
    },
    async (request) => enrollments.confirmModule(contextOf(request), request.params.id, request.params.moduleId),
  );
};
