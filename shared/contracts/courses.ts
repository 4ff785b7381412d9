import { z } from "zod";
import { coursePolicy, enrollmentPolicy } from "#shared/policies/courses.ts";
import { permissionsSchema } from "#shared/policies/policy.ts";
import { IdSchema, IsoDateSchema, MemberRefSchema, PageQuerySchema, RoleSchema, VersionSchema, pageOf, requiredText, text } from "./common.ts";

export const CourseModuleKindSchema = z.enum(["cheat_sheet", "link", "quiz"]);

/** A module as written: a cheat sheet or a quiz by id, or a link with its text and address. */
export const CourseModuleInputSchema = z.discriminatedUnion("kind", [
  z.strictObject({ id: IdSchema.optional(), kind: z.literal("cheat_sheet"), sheetId: IdSchema }),
  z.strictObject({ id: IdSchema.optional(), kind: z.literal("quiz"), quizId: IdSchema }),
  z.strictObject({
    id: IdSchema.optional(),
    kind: z.literal("link"),
    title: requiredText(200),
    url: z.url({ protocol: /^https?$/, error: "Use an http(s) address." }).max(2000, "At most 2,000 characters."),
  }),
]);
export type CourseModuleInput = z.infer<typeof CourseModuleInputSchema>;

const courseFields = {
  title: requiredText(120),
  description: text(2000),
  /** The workspace's onboarding course: a member who gets the rep or se role is enrolled in it (one per workspace). */
  onboarding: z.boolean(),
  status: z.enum(["draft", "published"]),
  modules: z.array(CourseModuleInputSchema).max(50, "At most 50 modules."),
};

export const CreateCourseSchema = z.strictObject({
  ...courseFields,
  description: courseFields.description.default(""),
  onboarding: courseFields.onboarding.default(false),
  status: courseFields.status.default("draft"),
  modules: courseFields.modules.default([]),
});
export type CreateCourseData = z.infer<typeof CreateCourseSchema>;

export const UpdateCourseSchema = z.strictObject(courseFields).partial().extend({ version: VersionSchema });
export type UpdateCourseInput = z.infer<typeof UpdateCourseSchema>;

export const CourseModuleSchema = z.object({
  id: z.string(),
  kind: CourseModuleKindSchema,
  /** The link's text, or the sheet's or quiz's title. */
  title: z.string(),
  /** Where to do it: the link's address, or the page in Tandem. */
  href: z.string(),
  refId: z.string().nullable(),
});

export const CourseRecordSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  onboarding: z.boolean(),
  status: z.enum(["draft", "published"]),
  modules: z.array(CourseModuleSchema),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CourseRecord = z.infer<typeof CourseRecordSchema>;
export const CourseSchema = CourseRecordSchema.extend({ permissions: permissionsSchema(coursePolicy) });
export type Course = z.infer<typeof CourseSchema>;
export const CoursePageSchema = pageOf(CourseSchema);
export const CourseListQuerySchema = PageQuerySchema.extend({ status: z.enum(["draft", "published"]).optional() });
export type CourseListQuery = z.infer<typeof CourseListQuerySchema>;

export const EnrollmentStateSchema = z.enum(["not_started", "in_progress", "completed", "overdue"]);

export const EnrollmentRecordSchema = z.object({
  id: z.string(),
  course: z.object({ id: z.string(), title: z.string() }),
  member: MemberRefSchema,
  source: z.enum(["manual", "role", "automatic"]),
  enrolledAt: z.string(),
  dueOn: z.string().nullable(),
  completedAt: z.string().nullable(),
});
export type EnrollmentRecord = z.infer<typeof EnrollmentRecordSchema>;

export const EnrollmentSchema = EnrollmentRecordSchema.extend({
  state: EnrollmentStateSchema,
  done: z.number(),
  total: z.number(),
  /** Each module of the course and whether the member has done it; `reopened`: done for an older version of the sheet. */
  modules: z.array(CourseModuleSchema.extend({ done: z.boolean(), reopened: z.boolean() })),
  permissions: permissionsSchema(enrollmentPolicy),
});
export type Enrollment = z.infer<typeof EnrollmentSchema>;
export const EnrollmentPageSchema = pageOf(EnrollmentSchema);

export const EnrollmentListQuerySchema = PageQuerySchema.extend({
  memberId: IdSchema.optional(),
  courseId: IdSchema.optional(),
  state: EnrollmentStateSchema.optional(),
});
export type EnrollmentListQuery = z.infer<typeof EnrollmentListQuerySchema>;

/** Enroll the members named, or everyone active holding `role`; members already enrolled are left as they are. */
export const CreateEnrollmentsSchema = z
  .strictObject({
    courseId: IdSchema,
    memberIds: z.array(IdSchema).max(500, "At most 500 members at once.").optional(),
    role: RoleSchema.optional(),
    dueOn: IsoDateSchema.nullable().default(null),
  })
  .refine((input) => (input.memberIds === undefined) !== (input.role === undefined), { message: "Give memberIds or a role, not both.", path: ["memberIds"] });
export type CreateEnrollmentsInput = z.infer<typeof CreateEnrollmentsSchema>;
export const CreatedEnrollmentsSchema = z.object({ created: z.number(), alreadyEnrolled: z.number(), items: z.array(EnrollmentSchema) });

export const ModuleParamsSchema = z.strictObject({ id: IdSchema, moduleId: IdSchema });
