import type { Selectable } from "kysely";
import { isUniqueViolation } from "#server/kernel/db/constraint-errors.ts";
import type { Executor } from "#server/kernel/db/database.ts";
import type { CourseModulesTable, CoursesTable, EnrollmentsTable } from "#server/kernel/db/schema.ts";
import { afterCursor } from "#server/kernel/pagination.ts";

export type CourseRow = Selectable<CoursesTable>;
export type ModuleRow = Selectable<CourseModulesTable>;
export type EnrollmentRow = Selectable<EnrollmentsTable>;

const sortKey = (title: string) => title.toLocaleLowerCase("en");

export function findCourse(db: Executor, workspaceId: string, id: string): Promise<CourseRow | undefined> {
  return db.selectFrom("courses").selectAll().where("workspace_id", "=", workspaceId).where("id", "=", id).executeTakeFirst();
}

export function findOnboardingCourse(db: Executor, workspaceId: string): Promise<CourseRow | undefined> {
  return db.selectFrom("courses").selectAll().where("workspace_id", "=", workspaceId).where("onboarding", "=", 1).executeTakeFirst();
}

export function listCourses(db: Executor, workspaceId: string, options: { status?: CourseRow["status"]; cursor?: string; limit: number }): Promise<CourseRow[]> {
  let query = db.selectFrom("courses").selectAll().where("workspace_id", "=", workspaceId);
  if (options.status) query = query.where("status", "=", options.status);
  if (options.cursor) query = query.where(afterCursor({ column: "sort_key", direction: "asc" }, "id", options.cursor));
  return query.orderBy("sort_key").orderBy("id").limit(options.limit + 1).execute();
}

/** The only unique index that can be hit is the one onboarding course per workspace. */
export async function insertCourse(db: Executor, row: Omit<CourseRow, "sort_key" | "version" | "updated_at">): Promise<"ok" | "onboarding_taken"> {
  try {
    await db.insertInto("courses").values({ ...row, sort_key: sortKey(row.title), version: 1, updated_at: row.created_at }).execute();
    return "ok";
  } catch (error) {
    if (isUniqueViolation(error)) return "onboarding_taken";
    throw error;
  }
}

export async function updateCourse(
  db: Executor,
  workspaceId: string,
  change: { id: string; version: number; at: string; values: Partial<Pick<CourseRow, "title" | "description" | "onboarding" | "status">> },
): Promise<"ok" | "stale" | "onboarding_taken"> {
  try {
    const result = await db
      .updateTable("courses")
      .set((eb) => ({ ...change.values, ...(change.values.title === undefined ? {} : { sort_key: sortKey(change.values.title) }), updated_at: change.at, version: eb("version", "+", 1) }))
      .where("workspace_id", "=", workspaceId)
      .where("id", "=", change.id)
      .where("version", "=", change.version)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n ? "ok" : "stale";
  } catch (error) {
    if (isUniqueViolation(error)) return "onboarding_taken";
    throw error;
  }
}

export async function deleteCourse(db: Executor, workspaceId: string, id: string): Promise<void> {
  await db.deleteFrom("course_modules").where("workspace_id", "=", workspaceId).where("course_id", "=", id).execute();
  await db.deleteFrom("courses").where("workspace_id", "=", workspaceId).where("id", "=", id).execute();
}

export function listModules(db: Executor, workspaceId: string, courseIds: readonly string[]): Promise<ModuleRow[]> {
  if (courseIds.length === 0) return Promise.resolve([]);
  return db.selectFrom("course_modules").selectAll().where("workspace_id", "=", workspaceId).where("course_id", "in", courseIds).orderBy("course_id").orderBy("position").execute();
}

/** Replaces the course's modules with these, in this order. */
export async function replaceModules(db: Executor, workspaceId: string, courseId: string, modules: readonly Omit<ModuleRow, "workspace_id" | "course_id" | "position">[]): Promise<void> {
  await db.deleteFrom("course_modules").where("workspace_id", "=", workspaceId).where("course_id", "=", courseId).execute();
  if (modules.length === 0) return;
  await db
    .insertInto("course_modules")
    .values(modules.map((module, position) => ({ ...module, workspace_id: workspaceId, course_id: courseId, position })))
    .execute();
}

export function findEnrollment(db: Executor, workspaceId: string, id: string): Promise<EnrollmentRow | undefined> {
  return db.selectFrom("enrollments").selectAll().where("workspace_id", "=", workspaceId).where("id", "=", id).executeTakeFirst();
}

export function listEnrollments(db: Executor, workspaceId: string, options: { memberId?: string; courseId?: string; cursor?: string; limit: number }): Promise<EnrollmentRow[]> {
  let query = db.selectFrom("enrollments").selectAll().where("workspace_id", "=", workspaceId);
  if (options.memberId) query = query.where("member_id", "=", options.memberId);
  if (options.courseId) query = query.where("course_id", "=", options.courseId);
  if (options.cursor) query = query.where(afterCursor({ column: "enrolled_at", direction: "desc" }, "id", options.cursor));
  return query.orderBy("enrolled_at", "desc").orderBy("id", "desc").limit(options.limit + 1).execute();
}

export async function countEnrollments(db: Executor, workspaceId: string, courseId: string): Promise<number> {
  const row = await db.selectFrom("enrollments").select((eb) => eb.fn.countAll<number | string>().as("count")).where("workspace_id", "=", workspaceId).where("course_id", "=", courseId).executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Enrolls each member not enrolled yet; answers the ids of the new enrollments. */
export async function insertEnrollments(db: Executor, rows: readonly EnrollmentRow[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await db.insertInto("enrollments").values([...rows]).onConflict((oc) => oc.columns(["course_id", "member_id"]).doNothing()).returning("id").execute();
  return inserted.map((row) => row.id);
}

export async function deleteEnrollment(db: Executor, workspaceId: string, id: string): Promise<void> {
  await db.deleteFrom("enrollment_confirmations").where("workspace_id", "=", workspaceId).where("enrollment_id", "=", id).execute();
  await db.deleteFrom("enrollments").where("workspace_id", "=", workspaceId).where("id", "=", id).execute();
}

export async function setCompleted(db: Executor, workspaceId: string, id: string, at: string | null): Promise<void> {
  await db.updateTable("enrollments").set({ completed_at: at }).where("workspace_id", "=", workspaceId).where("id", "=", id).execute();
}

export async function confirmModule(db: Executor, row: { workspace_id: string; enrollment_id: string; module_id: string; confirmed_at: string }): Promise<void> {
  await db.insertInto("enrollment_confirmations").values(row).onConflict((oc) => oc.columns(["enrollment_id", "module_id"]).doNothing()).execute();
}

/** "enrollment:module" of every link confirmed in these enrollments. */
export async function confirmations(db: Executor, workspaceId: string, enrollmentIds: readonly string[]): Promise<Set<string>> {
  if (enrollmentIds.length === 0) return new Set();
  const rows = await db.selectFrom("enrollment_confirmations").select(["enrollment_id", "module_id"]).where("workspace_id", "=", workspaceId).where("enrollment_id", "in", enrollmentIds).execute();
  return new Set(rows.map((row) => `${row.enrollment_id}:${row.module_id}`));
}

export const OVERDUE_BATCH = 500;

/** Open enrollments, any workspace, due before `today` and not reminded since `remindedBefore`: for the overdue job, a batch at a time. */
export function listOverdueToRemind(db: Executor, today: string, remindedBefore: string): Promise<EnrollmentRow[]> {
  return db
    .selectFrom("enrollments")
    .selectAll()
    .where("completed_at", "is", null)
    .where("due_on", "<", today)
    .where((eb) => eb.or([eb("reminded_on", "is", null), eb("reminded_on", "<=", remindedBefore)]))
    .orderBy("due_on")
    .limit(OVERDUE_BATCH)
    .execute();
}

export async function markReminded(db: Executor, id: string, on: string): Promise<void> {
  await db.updateTable("enrollments").set({ reminded_on: on }).where("id", "=", id).execute();
}

export function listCoursesByIds(db: Executor, workspaceId: string, ids: readonly string[]): Promise<CourseRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom("courses").selectAll().where("workspace_id", "=", workspaceId).where("id", "in", ids).execute();
}

export function listOpenEnrollmentsOf(db: Executor, workspaceId: string, memberId: string): Promise<EnrollmentRow[]> {
  return db.selectFrom("enrollments").selectAll().where("workspace_id", "=", workspaceId).where("member_id", "=", memberId).where("completed_at", "is", null).execute();
}
