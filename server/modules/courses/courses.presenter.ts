import type { Course, CourseRecord, Enrollment, EnrollmentRecord } from "#shared/contracts/courses.ts";
import type { MemberRef } from "#shared/contracts/common.ts";
import { coursePolicy, enrollmentPolicy } from "#shared/policies/courses.ts";
import { permissionsOf, type PolicyActor } from "#shared/policies/policy.ts";
import type { PresentedModule } from "./courses.progress.ts";
import type { CourseRow, EnrollmentRow } from "./courses.repository.ts";

export function presentCourseRecord(row: CourseRow, modules: Omit<PresentedModule, "done" | "reopened">[]): CourseRecord {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    onboarding: row.onboarding === 1,
    status: row.status,
    modules,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const presentCourse = (record: CourseRecord, actor: PolicyActor): Course => ({ ...record, permissions: permissionsOf(coursePolicy, actor, record) });

export function presentEnrollmentRecord(row: EnrollmentRow, refs: { course: { id: string; title: string }; member: MemberRef }): EnrollmentRecord {
  return { id: row.id, course: refs.course, member: refs.member, source: row.source, enrolledAt: row.enrolled_at, dueOn: row.due_on, completedAt: row.completed_at };
}

/** Completed when every module is done now; overdue when not and the due date has passed. */
export function presentEnrollment(record: EnrollmentRecord, modules: PresentedModule[], today: string, actor: PolicyActor): Enrollment {
  const done = modules.filter((module) => module.done).length;
  const total = modules.length;
  const state = total > 0 && done === total ? "completed" : record.dueOn && record.dueOn < today ? "overdue" : done === 0 ? "not_started" : "in_progress";
  return { ...record, state, done, total, modules, permissions: permissionsOf(enrollmentPolicy, actor, { memberId: record.member.id }) };
}

export const courseSummary = (course: Pick<CourseRecord, "title">) => `Course "${course.title}"`;
